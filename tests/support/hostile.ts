/**
 * Hostile text, the same everywhere it is used: markup that would run if anything put it into a page as
 * HTML, bidi and zero-width controls, and words too long to wrap. The LinkedIn fixture page of a person
 * whose name, headline and company are hostile is written by scripts/make-fixtures.mjs
 * (`hostile-sdui-connect.html`); its person is read back from there, so the two can't disagree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const IMG = '<img src=x onerror="window.__pwned=1">';
export const SCRIPT = '<script>window.__pwned=1</script>';
/** U+202E RIGHT-TO-LEFT OVERRIDE: shows the rest of the line backwards. */
export const RTL = '\u202E';
/** U+200D ZERO WIDTH JOINER. */
export const ZWJ = '\u200D';
/** No space to break at. */
export const unbroken = (length: number, letter = 'w'): string => letter.repeat(length);

export const HOSTILE_FIXTURE = 'hostile-sdui-connect.html';

interface Person {
  slug: string;
  name: string;
  headline: string;
  company: string;
}

/** The person the hostile fixture page shows, from the page's own config. */
export function hostilePerson(): Person {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', HOSTILE_FIXTURE), 'utf8');
  const config = JSON.parse(/id="fake-linkedin-config">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
  return config.people[config.slug];
}
