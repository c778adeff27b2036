/**
 * How to greet a person from the name in the log. Used by draftNote() to write the greeting and by
 * lintNote() to check it, so both agree on what "their first name" is.
 */
import { CJK, fold } from './text';

/** Honorifics in front of a name: "Hi Dr." reads wrong, so the greeting skips them. */
const TITLES = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'fr',
]);

/** A name word: letters and marks, with inner apostrophes, hyphens and dots (O'Connor, Jean-Luc, J.). */
const NAME_WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}'’.-]*[\p{L}\p{M}.])?/u;

export const isTitle = (word: string): boolean => TITLES.has(fold(word).replace(/\.$/, ''));

const isInitial = (word: string): boolean => /^\p{L}\.?$/u.test(word);

/** The words of a name, emoji and stray symbols left out: `"Dr. Priya 🌸 Sharma"` → `['Dr.', 'Priya', 'Sharma']`. */
export function nameWords(name: string): string[] {
  return name
    .split(/[\s,|/]+/)
    .map((word) => NAME_WORD.exec(word)?.[0] ?? '')
    .filter((word) => word !== '');
}

/**
 * The name to greet someone by, or null when the name has no letters at all.
 * Titles are skipped; an initial keeps the word after it; CJK names (family name first, no spaces) are
 * used whole.
 *
 * @example
 * firstName('Dr. Ana María López') // 'Ana'
 * firstName('王小明') // '王小明'
 * firstName('J. Robert Smith') // 'J. Robert'
 */
export function firstName(name: string): string | null {
  const trimmed = name.trim();
  if (CJK.test(trimmed) && !/[\p{Script=Latin}]/u.test(trimmed)) return trimmed.replace(/\s+/g, ' ');
  const words = nameWords(trimmed);
  while (words.length > 1 && isTitle(words[0]!)) words.shift();
  const [first, second] = words;
  if (!first) return null;
  return second && isInitial(first) ? `${first} ${second}` : first.replace(/\.$/, '');
}
