/**
 * Files that must be refused, wherever in the file the damage is: an impossible date, a list where a
 * record belongs, a duplicate id, a key that could reach a prototype, nesting 10,000 levels deep, a 10 MB
 * string. Each is refused in one sentence with storage byte for byte unchanged (see import-judge.ts).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BAD_DATES, DEEP_TEXT, nested, parentOf, plain, TEN_MB, validBackup } from './backup-arbitraries';
import {
  asText,
  changed,
  importAndJudge,
  isDatePath,
  isRecordPath,
  type Mode,
  mode,
  objectPaths,
  useBaseLog,
  withPath,
} from './import-judge';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
// Hundreds of generated files each: seconds of CPU on a quiet machine, several times that with both cores
// busy. The limit is for a hang, not a measure of speed.
vi.setConfig({ testTimeout: 120_000 });
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useBaseLog();

describe('files that must be refused, wherever the damage is', () => {
  const refused = async (file: unknown, how: Mode): Promise<void> => {
    expect(await importAndJudge(file, how)).toBe('refused');
  };

  it('an impossible or unreadable date where a date belongs', async () => {
    const arb = fc.tuple(
      withPath((paths) => paths.filter(isDatePath)),
      fc.constantFrom(...BAD_DATES),
      mode,
    );
    await fc.assert(
      fc.asyncProperty(arb, ([{ backup, path }, date, how]) => refused(changed(backup, path, date), how)),
      { numRuns: 150 },
    );
  });

  it('a list, or a bare value, where a record belongs', async () => {
    const arb = fc.tuple(
      withPath((paths) => paths.filter(isRecordPath)),
      fc.nat(),
      mode,
    );
    await fc.assert(
      fc.asyncProperty(arb, ([{ backup, path }, n, how]) => {
        const [parent, key] = parentOf(backup, path);
        const options = [[parent[key]], [], 'record', 7];
        return refused(changed(backup, path, options[n % options.length]), how);
      }),
      { numRuns: 100 },
    );
  });

  it('the same interview twice, or the same interviewer twice in one interview', async () => {
    const arb = fc.tuple(validBackup, fc.nat(), fc.boolean(), mode).filter(([b]) => b.interviews.length > 0);
    await fc.assert(
      fc.asyncProperty(arb, ([backup, n, inner, how]) => {
        const copy = plain(backup) as { interviews: { interviewers?: unknown[] }[] };
        const interview = copy.interviews[n % copy.interviews.length]!;
        const people = interview.interviewers ?? [];
        if (inner && people.length > 0) people.push(people[0]);
        else copy.interviews.push({ ...interview, interviewers: [] });
        return refused(copy, how);
      }),
      { numRuns: 100 },
    );
  });

  it('a __proto__, constructor or prototype key at any depth, as an object or as text', async () => {
    const arb = fc.tuple(
      withPath((paths) => paths),
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      // The keys on the way there are the file's own too: long, with line breaks or bidi controls.
      fc.constantFrom('', 'k'.repeat(5_000), 'line\nbreak', '\u202Eevil', 'a.b[0]'),
      fc.nat(),
      fc.boolean(),
      mode,
    );
    await fc.assert(
      fc.asyncProperty(arb, ([{ backup }, key, parentKey, n, text, how]) => {
        const targets = objectPaths(backup);
        const target = targets[n % targets.length]!;
        const marker = '@@KEY@@';
        const withMarker = target.length
          ? changed(backup, [...target, marker], 1)
          : { ...backup, [marker]: 1 };
        const hostile = `"${key}":{"polluted":"yes"}`;
        const entry = parentKey ? `${JSON.stringify(parentKey)}:{${hostile}}` : hostile;
        // JSON.parse makes the key an own property, as a parsed file would have it.
        const json = JSON.stringify(withMarker).replace(`"${marker}":1`, () => entry);
        return refused(text ? json : JSON.parse(json), how);
      }),
      { numRuns: 150 },
    );
  });

  it('nesting 10,000 levels deep, or a 10 MB string, anywhere, as an object or as text', async () => {
    const arb = fc.tuple(withPath(), fc.constantFrom('deep', 'huge'), fc.boolean(), mode);
    await fc.assert(
      fc.asyncProperty(arb, ([{ backup, path }, what, text, how]) => {
        if (text) return refused(asText(backup, path, what === 'deep' ? DEEP_TEXT : `"${TEN_MB}"`), how);
        return refused(changed(backup, path, what === 'deep' ? nested(10_000) : TEN_MB), how);
      }),
      { numRuns: 60 },
    );
  });
});
