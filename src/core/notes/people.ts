/**
 * Whose name the note uses: 'wrong-name' when it greets someone else (another interviewer, or a name
 * that isn't this person's), 'no-name' when this person's name is missing.
 */
import type { Interview, Interviewer } from '../model';
import { firstName, isTitle, nameWords } from './names';
import { CJK, fold } from './text';
import type { LintFinding } from './types';
import { parts, words } from './words';

const key = (word: string) => fold(word.replace(/’/g, "'"));

/**
 * "Hi Ana," "Dear Dr. Patel," "Good morning Sam!": a greeting word, an optional title, a name, and the
 * punctuation after it (which tells "Hi Bob," from "Hi Thanks for…").
 */
const GREETING =
  /^[\s"“]*(?:(hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[\s,]*)?(?:(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame)\.?\s+)?([\p{L}\p{M}][\p{L}\p{M}'’-]*)(\s*[,!.:;—–-]|\s*$)?/diu;

/** Words that follow "Hi" without being anyone's name. */
const NOT_NAMES = new Set([
  'there',
  'all',
  'everyone',
  'everybody',
  'team',
  'folks',
  'again',
  'friend',
  'hiring',
  'madam',
]);

export interface PeopleCheck {
  interview: Interview;
  person: Interviewer;
}

interface Greeted {
  name: string;
  /** Whether it is set off like a name ("Hi Bob," / "Bob," at the start), not just the next word. */
  addressed: boolean;
  start: number;
  end: number;
}

function greeted(text: string): Greeted | null {
  const match = GREETING.exec(text);
  const span = match?.indices?.[2];
  if (!match || !span) return null;
  const [, hello, name, after] = match;
  // Without "Hi"/"Dear", only "Name," at the very start is a greeting.
  if (!hello && !after?.trim().startsWith(',')) return null;
  return { name: name!, addressed: after !== undefined, start: span[0], end: span[1] };
}

/** Whether `name` is one of the person's names; `loose` also takes short forms (Alex for Alexandra). */
function ownsName(name: string, person: Interviewer, loose = true): boolean {
  const own = nameWords(person.name).filter((word) => !isTitle(word));
  if (CJK.test(name)) return own.some((word) => name.startsWith(word));
  const first = key(firstName(person.name) ?? '');
  const pieces = [key(name), ...key(name).split('-')];
  return pieces.some((piece) => {
    if (own.some((word) => key(word) === piece)) return true;
    // Short forms: Alex for Alexandra, Chris for Christopher (and the other way round).
    return (
      loose && piece.length >= 3 && first.length >= 3 && (first.startsWith(piece) || piece.startsWith(first))
    );
  });
}

function wrongName(text: string, { interview, person }: PeopleCheck): LintFinding | null {
  const found = greeted(text);
  if (!found || ownsName(found.name, person)) return null;
  const first = firstName(person.name) ?? person.name;
  const span = { start: found.start, end: found.end };
  const other = interview.interviewers.find(
    (someone) => someone.id !== person.id && ownsName(found.name, someone),
  );
  if (other) {
    const message = `This greets ${found.name}, who is another interviewer. This note is for ${first}.`;
    return { code: 'wrong-name', severity: 'error', message, span };
  }
  const plain = key(found.name);
  const companyWords = words(interview.company).map((word) => key(word.text));
  const lowerCase = /^\p{Ll}/u.test(found.name);
  if (!found.addressed || lowerCase || NOT_NAMES.has(plain) || companyWords.includes(plain)) return null;
  // CJK greetings run into what follows ("王さん"), so only a known other interviewer can be told apart.
  if (CJK.test(found.name)) return null;
  const message = `This greets ${found.name}, but the note is for ${first}. If they go by ${found.name}, change their name in the interview.`;
  return { code: 'wrong-name', severity: 'error', message, span };
}

function usesName(text: string, person: Interviewer): boolean {
  const own = nameWords(person.name).filter((word) => !isTitle(word));
  if (CJK.test(person.name)) return own.some((word) => text.includes(word));
  return words(text)
    .flatMap((word) => [word, ...parts(word)])
    .some((word) => ownsName(word.text, person, false));
}

/**
 * The name findings for one note: at most one of 'wrong-name' (error) and 'no-name' (warning).
 *
 * @example
 * checkPeople('Hi Priya, thank you…', { interview, person: ana }) // [{ code: 'wrong-name', … }]
 */
export function checkPeople(text: string, check: PeopleCheck): LintFinding[] {
  const first = firstName(check.person.name);
  if (!first) return [];
  const wrong = wrongName(text, check);
  if (wrong) return [wrong];
  if (usesName(text, check.person)) return [];
  const message = `The note doesn't use ${first}'s name. A greeting by name feels more personal.`;
  return [{ code: 'no-name', severity: 'warning', message }];
}
