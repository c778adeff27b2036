/**
 * Spelling: one warning per word the dictionary doesn't know, with up to three suggestions.
 * Left alone: words from the log (names, company, role, topics), addresses, numbers and words with
 * digits, apostrophe forms (I'm, O'Connor), acronyms and brand-style capitals (AWS, LinkedIn), words in
 * other scripts, and capitalised words inside a sentence, which are nearly always names.
 */
import { listOf } from '../phrasing';
import { isKnownWord, suggestionsFor } from './spelling';
import { fold } from './text';
import type { LintFinding } from './types';
import { parts, startsSentence, type Word, words } from './words';

/** Suggestions are the slow part of spelling; a note full of odd words gets them for its first few. */
const SUGGESTED_PER_NOTE = 5;

function worthChecking(word: Word, text: string): boolean {
  const { text: spelled } = word;
  if (spelled.length < 2 || /[\p{N}'’]/u.test(spelled)) return false;
  if (!/^\p{Script=Latin}+$/u.test(spelled.replace(/[\p{M}-]/gu, ''))) return false;
  if (/\p{Lu}/u.test(spelled.slice(1))) return false;
  return !/^\p{Lu}/u.test(spelled) || startsSentence(text, word.start);
}

function message(spelled: string, suggestions: string[]): string {
  if (!suggestions.length) return `"${spelled}" isn't in the dictionary. Check its spelling.`;
  const quoted = suggestions.map((suggestion) => `"${suggestion}"`);
  return `"${spelled}" may be misspelt. Did you mean ${listOf(quoted, 'or')}?`;
}

/**
 * Spelling findings for `text`; `known` holds the log's words, folded (lower case, no accents).
 *
 * @example
 * findMisspellings('I am very intrested', new Set()) // [{ code: 'spelling', span: { start: 10, end: 19 },
 * //   message: '"intrested" may be misspelt. Did you mean "interested"?' }]
 */
export function findMisspellings(text: string, known: ReadonlySet<string>): LintFinding[] {
  const isKnown = (word: Word) => known.has(fold(word.text)) || isKnownWord(word.text);
  const misspelt = words(text)
    .filter((word) => worthChecking(word, text) && !isKnown(word))
    // "follow-up" and "e-mail" aren't in the dictionary whole; their longer pieces are checked instead.
    .flatMap((word) =>
      word.text.includes('-') ? parts(word).filter((part) => part.text.length >= 3) : [word],
    )
    .filter((word) => worthChecking(word, text) && !isKnown(word));
  return misspelt.map((word, index) => ({
    code: 'spelling',
    severity: 'warning',
    message: message(word.text, index < SUGGESTED_PER_NOTE ? suggestionsFor(word.text) : []),
    span: { start: word.start, end: word.end },
  }));
}
