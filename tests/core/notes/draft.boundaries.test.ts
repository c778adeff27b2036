/**
 * draft.ts runs in the background and, through it, for every profile visit: it must never pull in the
 * half-megabyte spelling dictionary. Walks the relative imports from draft.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import[^'"]*['"](\.[^'"]+)['"]/gm)].map((match) => {
    const target = resolve(dirname(file), match[1]!.replace(/\?raw$/, ''));
    return /\.(ts|aff|dic)$/.test(target) ? target : `${target}.ts`;
  });
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !file.endsWith('.ts')) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

it('draft.ts never imports lint.ts, spelling or the dictionary', () => {
  const files = [...reachable(resolve('src/core/notes/draft.ts'))].map((file) =>
    file.replace(/.*\/src\//, 'src/'),
  );
  expect(files).toContain('src/core/notes/wordings.ts');
  expect(files.filter((file) => /notes\/(lint|spelling|misspelt)\.ts$/.test(file))).toEqual([]);
});

it('lint.ts is where the dictionary comes in', () => {
  const files = [...reachable(resolve('src/core/notes/lint.ts'))].map((file) =>
    file.replace(/.*\/src\//, 'src/'),
  );
  expect(files).toContain('src/core/notes/spelling.ts');
});
