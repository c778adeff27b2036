/**
 * The English dictionary (Hunspell's en-US via nspell + dictionary-en), built on first use and kept.
 * dictionary-en reads its files with node:fs, so its .aff/.dic come in as strings through Vite's `?raw`
 * (the path goes through node_modules because the package's `exports` only lists its index.js).
 * Only lint.ts imports this module, and only the popup and options page import lint.ts.
 */
import nspell from 'nspell';
import aff from '../../../node_modules/dictionary-en/index.aff?raw';
import dic from '../../../node_modules/dictionary-en/index.dic?raw';
import { fold } from './text';

type Checker = ReturnType<typeof nspell>;

/** Everyday words of job hunting that the dictionary lacks. */
const WORKPLACE_WORDS = (
  'onboarding offboarding roadmap roadmaps fintech healthtech edtech microservice microservices backend frontend ' +
  'fullstack upskilling reskilling cybersecurity ecommerce cofounder rebrand handoff handoffs learnings touchpoint ' +
  'touchpoints toolchain codebase codebases deployable runbook runbooks postmortem postmortems dataset datasets LinkedIn'
).split(' ');

/** British spellings, checked through their American form: colour → color, organise → organize. */
const BRITISH: [RegExp, string][] = [
  [/our/g, 'or'],
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ence$/, 'ense'],
  [/ogue(s?)$/, 'og$1'],
  [/amme(s?)$/, 'am$1'],
];

let checker: Checker | undefined;

/** Builds the spellchecker: parsing the dictionary is the slow part (about 0.1 s), so it runs once. */
export function createSpellchecker(): Checker {
  const created = nspell(aff, dic);
  for (const word of WORKPLACE_WORDS) created.add(word);
  return created;
}

const spellchecker = (): Checker => {
  checker ??= createSpellchecker();
  return checker;
};

/**
 * Whether the dictionary knows `word`, also in its British spelling or without accents.
 *
 * @example
 * isKnownWord('colour') // true
 * isKnownWord('intrested') // false
 */
export function isKnownWord(word: string): boolean {
  const spell = spellchecker();
  if (spell.correct(word)) return true;
  const plain = fold(word);
  if (plain !== word.toLowerCase() && spell.correct(plain)) return true;
  return BRITISH.some(([pattern, american]) => {
    const rewritten = plain.replace(pattern, american);
    return rewritten !== plain && spell.correct(rewritten);
  });
}

/** Suggestions cost up to a few hundred milliseconds for long odd words: skip those, remember the rest. */
const SUGGEST_MAX_LENGTH = 20;
const suggested = new Map<string, string[]>();

/** Up to three corrections for a misspelt word, best first. */
export function suggestionsFor(word: string): string[] {
  if (word.length > SUGGEST_MAX_LENGTH) return [];
  let found = suggested.get(word);
  if (!found) {
    found = spellchecker().suggest(word).slice(0, 3);
    if (suggested.size > 500) suggested.clear();
    suggested.set(word, found);
  }
  return found;
}
