/**
 * Splits a note into words with their spans, leaving out web and email addresses, which are neither
 * prose to spell-check nor shouting.
 */

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Addresses: `https://…`, `www.…`, `name@host.tld`, `acme.com/jobs`. */
const ADDRESS =
  /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|co|uk|de|fr|in|app|edu|gov)\b\S*/giu;

/** Letters, marks and digits, joined by inner apostrophes or hyphens: `O'Connor`, `follow-up`, `Q3`. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of `text`, in order, with UTF-16 spans.
 *
 * @example
 * words('Hi Ana, see acme.com!') // [{ text: 'Hi', start: 0, end: 2 }, { text: 'Ana', start: 3, end: 6 }, { text: 'see', … }]
 */
export function words(text: string): Word[] {
  const skipped = [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length]);
  const inAddress = (at: number) => skipped.some(([from, to]) => at >= from! && at < to!);
  return [...text.matchAll(WORD)]
    .filter((match) => !inAddress(match.index))
    .map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** The pieces of a hyphenated word with their own spans: `follow-up` → `follow`, `up`. */
export function parts(word: Word): Word[] {
  const found: Word[] = [];
  let start = word.start;
  for (const piece of word.text.split('-')) {
    found.push({ text: piece, start, end: start + piece.length });
    start += piece.length + 1;
  }
  return found;
}

/** Whether a word starts a sentence (so its capital letter says nothing about it being a name). */
export function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[\s"'“‘(]+$/u, '');
  return before === '' || /[.!?:;]$/.test(before);
}
