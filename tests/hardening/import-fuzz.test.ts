/**
 * Bad input, nothing lost: thousands of generated backup files, valid and hostile, go through the real
 * import (the background's `backup/import` answer on the in-memory browser). Each one is either refused
 * with one plain sentence and storage left byte for byte as it was, or imported exactly: exporting gives
 * back the file's interviews with the model's defaults. No file ever reaches Object.prototype.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { exportBackup, previewImport } from '../../src/storage/backup';
import { readAll } from '../../src/storage/store';
import { sampleInterview, seed, snapshot, stored, useFakeStore } from '../support/fake-store';
import {
  BAD_DATES,
  DEEP_TEXT,
  hostileValue,
  nested,
  type Path,
  parentOf,
  pathsOf,
  plain,
  TEN_MB,
  validBackup,
} from './backup-arbitraries';
import { byId, expectedInterview, expectedSettings, ONE_SENTENCE } from './backup-oracle';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

type Mode = 'replace' | 'merge';
type Backupish = { settings?: unknown; interviews?: unknown[] };
const mode = fc.constantFrom<Mode>('replace', 'merge');

/** The log every file is imported into: two interviews, a name, and one record already set aside. */
let baseItems: Record<string, unknown> = {};
let base: Awaited<ReturnType<typeof exportBackup>>;
beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  fakeBrowser.reset();
  await handle({ type: 'interview/put', interview: sampleInterview() }, {});
  await handle({ type: 'interview/put', interview: sampleInterview({ id: 'iv-2', company: 'Globex' }) }, {});
  await handle({ type: 'settings/patch', patch: { yourName: 'Alex Kim' } }, {});
  await seed({ 'interview:iv-3': '{"id":"iv-3","comp' });
  await readAll();
  baseItems = await stored();
  base = await exportBackup();
});
afterAll(() => vi.restoreAllMocks());

async function freshLog() {
  fakeBrowser.reset();
  await seed(structuredClone(baseItems));
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype];
const ownNames = () => PROTOTYPES.map((proto) => Object.getOwnPropertyNames(proto).sort().join());
const cleanPrototypes = ownNames();

/**
 * Imports `file` into the base log and holds the promise: refused in one sentence with storage unchanged
 * (the preview refusing alike), or imported exactly. Answers which.
 */
async function importAndJudge(file: unknown, how: Mode): Promise<'refused' | 'imported'> {
  await freshLog();
  const before = await snapshot();
  const answer = (await handle({ type: 'backup/import', backup: file, mode: how }, {})) as {
    ok: boolean;
    error?: string;
  };
  expect(ownNames()).toEqual(cleanPrototypes);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (!answer.ok) {
    expect(answer.error).toMatch(ONE_SENTENCE);
    expect(await snapshot()).toBe(before);
    expect(await previewImport(file, how)).toEqual(answer);
    return 'refused';
  }
  const data = (typeof file === 'string' ? JSON.parse(file) : file) as Backupish;
  const incoming = (data.interviews ?? []).map(expectedInterview);
  const ids = new Set(incoming.map((interview) => interview.id));
  const kept = how === 'merge' ? base.interviews.filter((interview) => !ids.has(interview.id)) : [];
  const after = await exportBackup();
  expect(byId(after.interviews)).toEqual(byId([...kept, ...incoming]));
  expect(after.settings).toEqual(how === 'replace' ? expectedSettings(data.settings) : base.settings);
  expect(after.quarantine).toEqual(base.quarantine);
  return 'imported';
}

/** `backup` with the value at `path` replaced (or, with `remove`, taken out). */
function changed(backup: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = plain(backup);
  const [parent, key] = parentOf(copy, path);
  if (!remove) parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return copy;
}

/** `backup` with `value` added where `path` leads: one more item of a list, or an unknown key of a record. */
function added(backup: unknown, path: Path, value: unknown): unknown {
  const copy = plain(backup);
  const [parent, key] = path.length ? parentOf(copy, path) : [{ root: copy }, 'root'];
  const target = parent[key] as Record<string, unknown> | unknown[];
  if (Array.isArray(target)) target.push(value);
  else target.unexpected = value;
  return copy;
}

/** A valid backup, and one path inside it chosen by `choose`. */
const withPath = (choose: (paths: Path[]) => Path[] = (paths) => paths) =>
  fc
    .tuple(validBackup, fc.nat())
    .map(([backup, n]) => {
      const paths = choose(pathsOf(backup));
      return { backup, path: paths.length > 0 ? paths[n % paths.length] : null };
    })
    .filter((case_): case_ is { backup: typeof case_.backup; path: Path } => case_.path !== null);

/** The file as an object (already parsed) or as the text of the file, with `raw` spliced in at `path`. */
function asText(backup: unknown, path: Path, raw: string): string {
  const marker = '@@HOSTILE@@';
  return JSON.stringify(changed(backup, path, marker)).replace(`"${marker}"`, () => raw);
}

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

/** Where the model wants a date and time (or, for expectedReplyBy, a date). */
const isDatePath = (path: Path) =>
  ['at', 'outcomeAt', 'exportedAt', 'seenAt', 'readAt', 'expectedReplyBy'].includes(String(path.at(-1)));
/** Where the model wants a record. */
const isRecordPath = (path: Path) => {
  const last = String(path.at(-1));
  const parent = path.at(-2);
  return (
    ['settings', 'profile', 'noteQuota', 'invite'].includes(last) ||
    (typeof path.at(-1) === 'number' && ['interviews', 'interviewers', 'touches'].includes(String(parent)))
  );
};
const objectPaths = (backup: unknown) =>
  [[], ...pathsOf(backup)].filter((path) => {
    const [parent, key] = path.length ? parentOf(backup, path) : [{ root: backup }, 'root'];
    const value = parent[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  });

describe('files that must be refused, wherever the damage is', () => {
  const refused = async (file: unknown, how: Mode): Promise<void> => {
    expect(await importAndJudge(file, how)).toBe('refused');
  };

  it('an impossible or unreadable date where a date belongs', async () => {
    const arb = fc.tuple(withPath((paths) => paths.filter(isDatePath)), fc.constantFrom(...BAD_DATES), mode);
    await fc.assert(
      fc.asyncProperty(arb, ([{ backup, path }, date, how]) => refused(changed(backup, path, date), how)),
      { numRuns: 150 },
    );
  });

  it('a list, or a bare value, where a record belongs', async () => {
    const arb = fc.tuple(withPath((paths) => paths.filter(isRecordPath)), fc.nat(), mode);
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
        const withMarker = target.length ? changed(backup, [...target, marker], 1) : { ...backup, [marker]: 1 };
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
