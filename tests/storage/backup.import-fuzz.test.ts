/**
 * Bad input, nothing lost: generated backup files, valid and damaged anywhere, go through the real import
 * (the background's `backup/import` answer on the in-memory browser). Each is either refused with one
 * plain sentence and storage left byte for byte as it was, or imported exactly: exporting gives back the
 * file's interviews with the model's defaults. No file ever reaches Object.prototype.
 * (Files that must be refused, wherever the damage is: import-refusals.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DEEP_TEXT, hostileValue, TEN_MB, validBackup } from './backup-arbitraries';
import { added, changed, importAndJudge, mode, useBaseLog, withPath } from './import-judge';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
// Hundreds of generated files each: seconds of CPU on a quiet machine, several times that with both cores
// busy. The limit is for a hang, not a measure of speed.
vi.setConfig({ testTimeout: 120_000 });
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useBaseLog();

describe('a backup file, however made, is refused cleanly or imported exactly', () => {
  it('imports every valid backup exactly, as an object or as text', async () => {
    await fc.assert(
      fc.asyncProperty(validBackup, mode, fc.boolean(), async (backup, how, text) => {
        expect(await importAndJudge(text ? JSON.stringify(backup) : backup, how)).toBe('imported');
      }),
      { numRuns: 200 },
    );
  });

  it('a value replaced, removed or added anywhere: refused in a sentence, or imported exactly', async () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), value: hostileValue }),
      fc.record({ kind: fc.constant('remove' as const), value: fc.constant(undefined) }),
      fc.record({ kind: fc.constant('add' as const), value: hostileValue }),
    );
    const seen = { refused: 0, imported: 0 };
    await fc.assert(
      fc.asyncProperty(withPath(), edit, mode, async ({ backup, path }, { kind, value }, how) => {
        const file =
          kind === 'add'
            ? added(backup, path.slice(0, -1), value)
            : changed(backup, path, value, kind === 'remove');
        seen[await importAndJudge(file, how)]++;
      }),
      { numRuns: 400 },
    );
    // Both halves of the promise were put to the test, not only one.
    expect(seen.refused).toBeGreaterThan(50);
    expect(seen.imported).toBeGreaterThan(50);
  });

  it('refuses text that is not a backup: any text, a cut-off file, a file with trailing garbage', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.tuple(validBackup, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })).map(([b, cut]) => {
        const json = JSON.stringify(b);
        return json.slice(0, Math.floor(json.length * cut));
      }),
      fc.tuple(validBackup, fc.string({ minLength: 1 })).map(([b, tail]) => `${JSON.stringify(b)}}${tail}`),
      fc.constantFrom('', 'null', '[]', '"connect-coach-backup"', '42', DEEP_TEXT, `"${TEN_MB}"`),
    );
    await fc.assert(
      fc.asyncProperty(text, mode, async (file, how) => {
        expect(await importAndJudge(file, how)).toBe('refused');
      }),
      { numRuns: 200 },
    );
  });
});
