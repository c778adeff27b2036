/**
 * Small text helpers shared by draftNote() and lintNote(). Everything is measured in UTF-16 code units,
 * the way LinkedIn's note box (`maxlength`) counts.
 */

/** One line, single spaces, no separator left hanging at the end: `" Acme,\n Inc. - "` → `"Acme, Inc."`. */
export function clean(field: string): string {
  return field
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:—–-]+$/u, '');
}

/** A field that goes mid-sentence: cleaned, without its own full stop or question mark at the end. */
export const bare = (field: string): string => clean(field).replace(/[\s.!?,;:—–-]+$/u, '');

/** Ends a sentence unless it already ends with its own stop: `end('at Acme Inc.')` keeps one full stop. */
export const end = (sentence: string): string => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`);

/** For comparing words: lower case, accents dropped. `fold('Zoë')` → `'zoe'`. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Scripts written without spaces between words, where a whole name is one "word". */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
