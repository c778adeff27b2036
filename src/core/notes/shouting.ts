/**
 * Capitals and exclamation marks that read as shouting. Acronyms (up to four letters: AWS, SQL) and
 * words written in capitals in the log itself (a company called NASDAQ) are fine.
 */
import { quote } from './overlap';
import type { LintFinding } from './types';
import { type Word, words } from './words';

const ACRONYM_MAX = 4;

const isCaps = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();
const letters = (word: string) => word.replace(/[^\p{L}]/gu, '').length;

/** Runs of words in capitals (only spaces and punctuation between them), e.g. "I AM SO EXCITED". */
function capsRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const word of words(text)) {
    const last = run[run.length - 1];
    const joined = last && /^[\s\p{P}]*$/u.test(text.slice(last.end, word.start));
    if (isCaps(word.text) && (joined || run.length === 0)) run.push(word);
    else {
      if (run.length) runs.push(run);
      run = isCaps(word.text) ? [word] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * One finding per shouted run of capitals and one for piled-up exclamation marks.
 *
 * @example
 * findShouting('Thank you SO MUCH for the AMAZING chat!!', new Set()) // capitals "AMAZING", then "!!"
 */
export function findShouting(text: string, logTerms: ReadonlySet<string>): LintFinding[] {
  const found: LintFinding[] = [];
  for (const run of capsRuns(text)) {
    const loud = run.filter((word) => letters(word.text) > ACRONYM_MAX && !logTerms.has(word.text));
    if (!loud.length) continue;
    const span = { start: run[0]!.start, end: run[run.length - 1]!.end };
    const message = `"${quote(text.slice(span.start, span.end))}" is in capitals, which reads as shouting.`;
    found.push({ code: 'shouting', severity: 'warning', message, span });
  }
  const piled = /!{2,}/.exec(text);
  const many = (text.match(/!/g) ?? []).length >= 3;
  if (piled || many) {
    const message = 'Several exclamation marks can read as shouting. One is plenty.';
    const finding: LintFinding = { code: 'shouting', severity: 'warning', message };
    if (piled) finding.span = { start: piled.index, end: piled.index + piled[0].length };
    found.push(finding);
  }
  return found;
}
