/**
 * lintNote(): what to fix in a connection note before it goes out (DESIGN.md "Notes"). Synchronous;
 * the spelling dictionary loads on the first call (about 0.1 s), so the popup does not call this: it
 * runs checkNote() at once and spelling in a worker (src/ui/spelling-client.ts).
 */
import { checkNote, errorsFirst, knownWords, type LintInput } from './check';
import { findMisspellings } from './misspelt';
import type { LintFinding } from './types';

/**
 * The findings for `text`, errors first (they block "Insert"), then warnings, each in the order found.
 * Spans are in UTF-16 code units, as the note box counts.
 *
 * @example
 * lintNote('Hi Ana, any update on my application?', { interview, interviewerId: 'ana', settings })
 * // [{ code: 'pushy', severity: 'error', message: 'This presses for news…', span: { start: 8, end: 18 } }, …]
 */
export function lintNote(text: string, input: LintInput): LintFinding[] {
  const checked = checkNote(text, input);
  if (text.trim() === '') return checked;
  return errorsFirst([...checked, ...findMisspellings(text, new Set(knownWords(input)))]);
}
