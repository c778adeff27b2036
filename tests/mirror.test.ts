/**
 * tests/ mirrors src/ (STYLE.md "The house is readable from its folders"): the test of `src/x/y.ts` is
 * `tests/x/y.test.ts`, or `tests/x/y.<theme>.test.ts` for one more side of it (`handlers.memory`); a test
 * of a test helper sits beside the helper (`tests/linkedin/pages.test.ts`). Besides the mirror: helpers
 * shared by tests (support), the end-to-end suites (e2e, firefox), fixtures, and the tests of the src tree
 * as a whole (its import rules and this mirror).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTSIDE_THE_MIRROR = ['support', 'e2e', 'firefox', 'fixtures'];
const TREE_TESTS = ['import-rules.test.ts', 'mirror.test.ts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [relative('tests', path)];
  });
}

const mirrored = files('tests').filter((file) => !OUTSIDE_THE_MIRROR.includes(file.split('/')[0]!));
const tests = mirrored.filter((file) => /\.test\.tsx?$/.test(file));

/** `popup/Popup.first-render-code.test.ts` → the files it may be the test of. */
function subjects(test: string): string[] {
  const [name] = test.replace(/\.test\.tsx?$/, '').split(/\.(?=[^/]*$)/);
  const stem = test.includes('/')
    ? join(test.slice(0, test.lastIndexOf('/')), name!.split('/').pop()!)
    : name!;
  return [`src/${stem}.ts`, `src/${stem}.tsx`, `tests/${stem}.ts`];
}

describe('tests/ mirrors src/', () => {
  it('finds the tests (the checks below are not vacuous)', () => {
    expect(tests.length).toBeGreaterThan(90);
    expect(subjects('background/nothing-here.test.ts').some((subject) => existsSync(subject))).toBe(false);
    expect(subjects('background/handlers.memory.test.ts')).toContain('src/background/handlers.ts');
  });

  it('every test is named after the file it tests', () => {
    const orphans = tests.filter(
      (test) => !TREE_TESTS.includes(test) && !subjects(test).some((subject) => existsSync(subject)),
    );
    expect(orphans).toEqual([]);
  });

  it('every folder of tests/ is a folder of src/ (or one of the few outside the mirror)', () => {
    const folders = [
      ...new Set(
        mirrored.filter((file) => file.includes('/')).map((file) => file.slice(0, file.lastIndexOf('/'))),
      ),
    ];
    expect(folders.filter((folder) => !existsSync(join('src', folder)))).toEqual([]);
  });

  it('a file of src/ can have its test found by name alone', () => {
    expect(subjects('core/rules/advise.daylight-saving.test.ts')).toContain('src/core/rules/advise.ts');
    expect(subjects('linkedin/pages.agreement.test.ts')).toContain('tests/linkedin/pages.ts');
  });
});
