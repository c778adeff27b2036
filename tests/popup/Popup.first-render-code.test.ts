/**
 * The popup's first render waits for the code of its view (src/popup/mount.tsx and what it imports): that
 * code must not pull in the schema library (zod), which only the background and the options page's forms
 * need. Importing one list of names from core/model instead of core/basics once added ~95 KB of parsing
 * and setup to every popup open. Follows static imports in the sources (type-only and dynamic ones load
 * nothing up front).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm;
const SIDE_EFFECT_IMPORT = /^\s*import\s+['"]([^'"]+)['"]/gm;

function resolveSource(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

/** The chain of files from `entry` to the first static import of `pkg`, or null when none reaches it. */
function chainTo(entry: string, pkg: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const specs = [...source.matchAll(STATIC_IMPORT), ...source.matchAll(SIDE_EFFECT_IMPORT)].map(
      (m) => m[1]!,
    );
    for (const spec of specs) {
      if (spec === pkg || spec.startsWith(`${pkg}/`)) return [...chain, relative('.', file), spec];
      if (!spec.startsWith('.')) continue;
      const next = resolveSource(file, spec);
      const found = next && walk(next, [...chain, relative('.', file)]);
      if (found) return found;
    }
    return null;
  };
  return walk(entry, []);
}

describe("the popup's first-render code", () => {
  it('does not load zod', () => {
    expect(chainTo('src/popup/main.tsx', 'zod')).toBeNull();
    expect(chainTo('src/popup/mount.tsx', 'zod')).toBeNull();
  });

  it('the check finds zod where it is (the background reads through the schemas)', () => {
    expect(chainTo('src/background/index.ts', 'zod')).not.toBeNull();
  });
});
