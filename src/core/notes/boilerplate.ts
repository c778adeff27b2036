/**
 * Text that was never written for this person: LinkedIn's default invitation and template leftovers.
 */
import { firstOfOverlapping, quote } from './overlap';
import type { LintFinding } from './types';

/** LinkedIn's canned invitations (desktop and older apps): wrong wherever they appear. */
const CANNED = [
  /\bI(?:'?d| would) like to add you to my professional network(?: on LinkedIn)?\.?/giu,
  /\bI(?:'?d| would) like to join your (?:LinkedIn |professional )?network\.?/giu,
];
/** The mobile default: fine inside a real note, canned when it is all the note says. */
const CONNECT_LINE = /\bI(?:'?d| would) like to connect with you on LinkedIn\.?/giu;
/** "Hi Ana," + "Best, Sam" and the like: what a note may add around the default and still say nothing. */
const LITTLE_ELSE = 25;

const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

const defaultFinding = (start: number, end: number): LintFinding => ({
  code: 'linkedin-default',
  severity: 'error',
  message: "This is LinkedIn's default invitation text. A line of your own works much better.",
  span: { start, end },
});

/**
 * LinkedIn's default text, with its span.
 *
 * @example
 * findLinkedInDefault("I'd like to add you to my professional network on LinkedIn.") // one finding, span 0–59
 */
export function findLinkedInDefault(text: string): LintFinding[] {
  const plain = text.replace(/[’‘]/g, "'");
  const found = CANNED.flatMap((pattern) => [...plain.matchAll(pattern)]);
  for (const match of plain.matchAll(CONNECT_LINE)) {
    if (letters(plain) - letters(match[0]) < LITTLE_ELSE) found.push(match);
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((match) => defaultFinding(match.index, match.index + match[0].length));
}

/** Template leftovers, each commented with what it catches. */
const PLACEHOLDERS = [
  /\[[^\]\n]{0,60}\]/gu, // [Name], [insert topic], [Company]
  /\{\{?[^{}\n]{0,60}\}?\}/gu, // {company}, {{first_name}}
  /<[^<>\n]{1,40}>/gu, // <role>
  /(?<![\p{L}\p{N}])(?:X{3,}|x{3,})(?![\p{L}\p{N}])/gu, // XXX
  /\b(?:TODO|TBD|FIXME|TKTK)\b/gu,
  /\b[A-Z]+_[A-Z_]+\b/gu, // FIRST_NAME
  /%[A-Za-z_]+%|\$[A-Za-z_]+\b/gu, // %NAME%, $company
  /_{3,}/gu, // ___ to fill in
  /\b(?:insert|add) (?:your |their |the )?(?:name|company|role|title|topic|date)(?: here)?\b/giu,
  /\blorem ipsum\b/giu,
];

/**
 * Leftover placeholders, each with its span.
 *
 * @example
 * findPlaceholders('Hi [Name], thanks!') // [{ code: 'placeholder', span: { start: 3, end: 9 }, … }]
 */
export function findPlaceholders(text: string): LintFinding[] {
  const found = PLACEHOLDERS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    })),
  );
  return firstOfOverlapping(found).map(({ text: shown, start, end }) => ({
    code: 'placeholder',
    severity: 'error',
    message: `"${quote(shown)}" looks like a placeholder. Replace it with the real words.`,
    span: { start, end },
  }));
}
