/**
 * The promise every imported file is held to, shared by the import fuzz tests: into a known log, a file
 * is either refused in one sentence with storage byte for byte unchanged, or imported exactly. Each test
 * file using it also mocks webextension-polyfill (vi.mock is hoisted per file) and calls useBaseLog().
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { exportBackup, previewImport } from '../../src/storage/backup';
import { readAll, writeRepairs } from '../../src/storage/store';
import { sampleInterview, seed, snapshot, stored, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';
import { type Path, parentOf, pathsOf, plain, validBackup, valueAt } from './backup-arbitraries';
import { byId, expectedInterview, expectedSettings, ONE_SENTENCE } from './backup-oracle';

export type Mode = 'replace' | 'merge';
type Backupish = { settings?: unknown; interviews?: unknown[] };
export const mode = fc.constantFrom<Mode>('replace', 'merge');

let baseItems: Record<string, unknown> = {};
let base: Awaited<ReturnType<typeof exportBackup>>;

/** The log every file is imported into: two interviews, a name, and one record already set aside. */
export function useBaseLog(): void {
  useFakeStore();
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.reset();
    await handle({ type: 'interview/put', interview: sampleInterview() }, OWN_PAGE);
    await handle(
      { type: 'interview/put', interview: sampleInterview({ id: 'iv-2', company: 'Globex' }) },
      OWN_PAGE,
    );
    await handle({ type: 'settings/patch', patch: { yourName: 'Alex Kim' } }, OWN_PAGE);
    await seed({ 'interview:iv-3': '{"id":"iv-3","comp' });
    await readAll();
    await writeRepairs(); // the damaged record set aside on disk, as the base every file is judged against
    baseItems = await stored();
    base = await exportBackup();
  });
  afterAll(() => vi.restoreAllMocks());
}

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
export async function importAndJudge(file: unknown, how: Mode): Promise<'refused' | 'imported'> {
  await freshLog();
  const before = await snapshot();
  const answer = (await handle({ type: 'backup/import', backup: file, mode: how }, OWN_PAGE)) as {
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
export function changed(backup: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = plain(backup);
  const [parent, key] = parentOf(copy, path);
  if (!remove) parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return copy;
}

/** `backup` with `value` added where `path` leads: one more item of a list, or an unknown key of a record. */
export function added(backup: unknown, path: Path, value: unknown): unknown {
  const copy = plain(backup);
  const target = valueAt(copy, path) as Record<string, unknown> | unknown[];
  if (Array.isArray(target)) target.push(value);
  else target.unexpected = value;
  return copy;
}

/** A valid backup, and one path inside it chosen by `choose`. */
export const withPath = (choose: (paths: Path[]) => Path[] = (paths) => paths) =>
  fc
    .tuple(validBackup, fc.nat())
    .map(([backup, n]) => {
      const paths = choose(pathsOf(backup));
      return { backup, path: paths.length > 0 ? paths[n % paths.length] : null };
    })
    .filter((case_): case_ is { backup: typeof case_.backup; path: Path } => case_.path !== null);

/** The file as an object (already parsed) or as the text of the file, with `raw` spliced in at `path`. */
export function asText(backup: unknown, path: Path, raw: string): string {
  const marker = '@@HOSTILE@@';
  return JSON.stringify(changed(backup, path, marker)).replace(`"${marker}"`, () => raw);
}

/** Where the model wants a date and time (or, for expectedReplyBy, a date). */
export const isDatePath = (path: Path) =>
  ['at', 'outcomeAt', 'exportedAt', 'seenAt', 'readAt', 'expectedReplyBy'].includes(String(path.at(-1)));
/** Where the model wants a record. */
export const isRecordPath = (path: Path) => {
  const last = String(path.at(-1));
  const parent = path.at(-2);
  return (
    ['settings', 'profile', 'noteQuota', 'invite'].includes(last) ||
    (typeof path.at(-1) === 'number' && ['interviews', 'interviewers', 'touches'].includes(String(parent)))
  );
};
/** Every path to a record in `backup`, the root included. */
export const objectPaths = (backup: unknown): Path[] =>
  [[], ...pathsOf(backup)].filter((path) => {
    const value = valueAt(backup, path);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  });
