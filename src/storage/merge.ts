/**
 * Merging a change made on an older revision of an interview with what is stored now (a three-way merge:
 * the revision the page started from, the page's version, the stored one). Fields only one side changed
 * are taken from that side; the interviewers are matched by id and merged field by field in the same way.
 * Where both sides changed the same field differently, nothing is merged: the conflicts are answered so
 * the page can show them and keep what the person typed.
 */
import type { Interview } from '../core/model';
import { same } from './changes';

/** One field both sides changed: what it is, the page's value and the stored one, in words. */
export interface Conflict {
  field: string;
  yours: string;
  theirs: string;
}

export type Merged = { ok: true; interview: Interview } | { ok: false; conflicts: Conflict[] };

type Fields = Record<string, unknown>;

const WORDS: Record<string, string> = {
  company: 'the company',
  role: 'the job',
  at: 'the interview time',
  culture: 'the culture',
  connectionPolicy: 'the policy on connecting',
  expectedReplyBy: 'the reply expected by',
  outcome: 'the outcome',
  outcomeAt: 'the outcome date',
  topics: 'the topics',
  notes: 'the notes',
  name: 'name',
  title: 'title',
  profileUrl: 'LinkedIn profile',
  invite: 'invitation',
  touches: 'messages and calls',
  draft: 'note draft',
};
const PERSON_WORDS: Record<string, string> = { ...WORDS, role: 'part in the interview' };

/** A value as a person would read it in a sentence: `"Acme"`, `sent`, `2 entries`, `nothing`. */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'nothing';
  if (typeof value === 'string') return `“${value.length > 60 ? `${value.slice(0, 59)}…` : value}”`;
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) return shown(value.join(', '));
    return value.length === 1 ? '1 entry' : `${value.length} entries`;
  }
  if (typeof value === 'object' && 'state' in value) return String((value as { state: unknown }).state);
  return String(value);
}

/** One field: the side that changed it wins; both changed it differently → a conflict (answer: theirs). */
function mergeValue(base: unknown, mine: unknown, theirs: unknown, onConflict: () => void): unknown {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(theirs, mine)) return mine;
  onConflict();
  return theirs;
}

function mergeFields(
  base: Fields,
  mine: Fields,
  theirs: Fields,
  say: (key: string) => string,
  conflicts: Conflict[],
): Fields {
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  const merged: Fields = {};
  for (const key of keys) {
    if (key === 'revision' || key === 'interviewers') continue;
    const value = mergeValue(base[key], mine[key], theirs[key], () =>
      conflicts.push({ field: say(key), yours: shown(mine[key]), theirs: shown(theirs[key]) }),
    );
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

type Person = Interview['interviewers'][number];
const byId = (people: readonly Person[]) => new Map(people.map((person) => [person.id, person]));

/** The interviewers merged per person by id, in the page's order, with people added elsewhere after. */
function mergePeople(base: Interview, mine: Interview, theirs: Interview, conflicts: Conflict[]): Person[] {
  const [b, m, t] = [byId(base.interviewers), byId(mine.interviewers), byId(theirs.interviewers)];
  const order = [...m.keys(), ...[...t.keys()].filter((id) => !m.has(id))];
  const merged: Person[] = [];
  for (const id of order) {
    const [was, yours, now] = [b.get(id), m.get(id), t.get(id)];
    const name = (yours ?? now ?? was)?.name ?? 'An interviewer';
    if (yours && now) {
      const say = (key: string) => `${name}’s ${PERSON_WORDS[key] ?? key}`;
      merged.push(mergeFields(was ?? {}, yours, now, say, conflicts) as Person);
    } else if (yours && was) {
      // Removed elsewhere: stays removed unless this page changed them.
      if (!same(yours, was)) conflicts.push({ field: name, yours: 'changed', theirs: 'removed' });
    } else if (now && was) {
      // Removed on this page: removed, unless they were changed elsewhere meanwhile.
      if (!same(now, was)) conflicts.push({ field: name, yours: 'removed', theirs: 'changed' });
      else continue;
      merged.push(now);
    } else {
      merged.push((yours ?? now) as Person); // added on one side only
    }
  }
  return merged;
}

/**
 * Merges the page's `mine` (edited from `base`) with the stored `theirs`.
 *
 * @example
 * mergeInterview(base, { ...base, company: 'Acme' }, { ...base, notes: 'Call back' })
 * // { ok: true, interview: { ...base, company: 'Acme', notes: 'Call back' } }
 */
export function mergeInterview(base: Interview, mine: Interview, theirs: Interview): Merged {
  const conflicts: Conflict[] = [];
  const fields = mergeFields(base, mine, theirs, (key) => WORDS[key] ?? key, conflicts);
  const interviewers = mergePeople(base, mine, theirs, conflicts);
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, interview: { ...fields, id: theirs.id, interviewers } as Interview };
}

/**
 * The conflicts as one sentence for the person.
 *
 * @example conflictSentence([{ field: 'the company', yours: '“Acme”', theirs: '“Globex”' }])
 * // 'This interview was changed elsewhere while you were editing it: the company is now “Globex” (yours: “Acme”). …'
 */
export function conflictSentence(conflicts: readonly Conflict[]): string {
  const parts = conflicts.map((c) => `${c.field} is now ${c.theirs} (yours: ${c.yours})`);
  return (
    `This interview was changed elsewhere while you were editing it: ${parts.join('; ')}. ` +
    'Your changes are kept here: check them, then save again to keep yours.'
  );
}
