/**
 * The folders' import rules, checked rather than written in prose (STYLE.md "The house is readable from
 * its folders"): src/core knows etiquette and imports nothing of ours; src/linkedin knows LinkedIn's page
 * and imports nothing but itself (it ships in the content script); no entry point (background, popup
 * with its side panel page, options, content) imports another; the popup never reads LinkedIn's page (only the reading's
 * type, src/linkedin/reading.ts, which holds no code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const ENTRY_POINTS = ['background', 'popup', 'options', 'content'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every file of ours each file imports (types too), as paths under src/ without extension. */
const imports = files(SRC).map((file) => {
  const from = relative(SRC, file).replace(/\.(ts|tsx)$/, '');
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)];
  // Ours only: a relative import of node_modules (a dictionary's raw text) is no folder of ours.
  const to = specifiers
    .map(([, spec]) => relative(SRC, resolve(dirname(file), spec!)))
    .filter((target) => !target.startsWith('..'));
  return { from, to };
});

/** No exceptions: the side panel is the popup's second page (src/popup/panel.tsx), not an entry point. */
const ALLOWED = new Set<string>();

const folder = (path: string) => path.split('/')[0]!;
const breaking = (rule: (from: string, to: string) => boolean) =>
  imports
    .flatMap(({ from, to }) =>
      to.filter((target) => rule(from, target)).map((target) => `${from} → ${target}`),
    )
    .filter((edge) => !ALLOWED.has(edge));

describe('the folders’ import rules', () => {
  it('reads a real import graph (the rules below are not vacuous)', () => {
    expect(imports.length).toBeGreaterThan(200);
    expect(imports.find(({ from }) => from === 'background/handlers')?.to).toContain('messages');
  });

  it('src/core imports nothing of ours outside it', () => {
    expect(breaking((from, to) => folder(from) === 'core' && folder(to) !== 'core')).toEqual([]);
  });

  it('src/linkedin imports nothing but itself', () => {
    expect(breaking((from, to) => folder(from) === 'linkedin' && folder(to) !== 'linkedin')).toEqual([]);
  });

  it('no entry point imports another', () => {
    const entry = (path: string) => (ENTRY_POINTS.includes(folder(path)) ? folder(path) : null);
    expect(breaking((from, to) => !!entry(from) && !!entry(to) && entry(from) !== entry(to))).toEqual([]);
  });

  it('nothing outside the content script imports it', () => {
    expect(breaking((from, to) => folder(to) === 'content' && folder(from) !== 'content')).toEqual([]);
  });

  it('the popup never reads LinkedIn’s page: only the reading’s type', () => {
    expect(
      breaking(
        (from, to) => folder(from) === 'popup' && folder(to) === 'linkedin' && to !== 'linkedin/reading',
      ),
    ).toEqual([]);
  });
});
