/**
 * Stored data damaged by hand (or by a disk, or a crash mid-write): the service worker still starts and
 * answers, sets each unreadable record aside and says so, never deletes one, and the backup still holds
 * everything it could read plus what it set aside.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { READ_ONLY } from '../../src/storage/errors';
import { SCHEMA_VERSION } from '../../src/storage/migrations';
import { sampleInterview, seed, stored, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

type Items = Record<string, unknown>;
interface Entry {
  key: string;
  reason: string;
  value: unknown;
}
interface State {
  ok: boolean;
  interviews: { id: string }[];
  quarantine: Entry[];
  problems: string[];
  readOnly: boolean;
}

/** Starts the service worker afresh, as the browser does for one event, and asks it something. */
async function wakeAndAsk<T>(message: unknown, update = false): Promise<T> {
  vi.resetModules();
  await import('../../src/background/index');
  if (update) await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, OWN_PAGE as never, () => undefined);
  return answer as T;
}

const meta = { schemaVersion: SCHEMA_VERSION, lastNotified: {} };
const good = sampleInterview({ id: 'iv-1' });
const alsoGood = sampleInterview({ id: 'iv-9', company: 'Globex', at: '2026-03-02T10:00:00Z' });
const halfWritten = JSON.stringify(sampleInterview({ id: 'iv-3' })).slice(0, 57);

/** Damage of each kind, beside two good interviews: the damaged keys, and whether settings were hit. */
const DAMAGE: Array<[situation: string, damaged: Items]> = [
  [
    'wrong types in an interview',
    { 'interview:iv-2': { ...sampleInterview({ id: 'iv-2' }), at: 1741514400, topics: 'x' } },
  ],
  [
    'an interviewer list that is a string',
    { 'interview:iv-4': { ...sampleInterview({ id: 'iv-4' }), interviewers: 'Priya' } },
  ],
  ['a half-written record: cut-off JSON text where an object belongs', { 'interview:iv-3': halfWritten }],
  ['a record that is a bare number', { 'interview:iv-5': 12 }],
  ['a record under an empty id', { 'interview:': good }],
  ['settings that are text', { settings: 'dark mode please' }],
  ['settings that are a list', { settings: [true, false] }],
  [
    'settings with fields of the wrong type',
    { settings: { yourName: 42, reminders: 'yes', accountTier: 'gold' } },
  ],
  ['bookkeeping that is garbage', { meta: { schemaVersion: 'two', lastNotified: [] } }],
  [
    'everything at once',
    { 'interview:iv-3': halfWritten, settings: 'x', 'interview:iv-2': { id: 'iv-2', company: 7 } },
  ],
];

describe('damaged records: the worker starts, answers, sets them aside and keeps them', () => {
  it.each(DAMAGE)('%s', async (_situation, damaged) => {
    await seed({ meta, 'interview:iv-1': good, 'interview:iv-9': alsoGood, ...damaged });

    const state = await wakeAndAsk<State>({ type: 'state/get' });
    expect(state).toMatchObject({ ok: true, readOnly: false });
    expect(state.interviews.map((interview) => interview.id)).toEqual(['iv-9', 'iv-1']);
    const damagedKeys = Object.keys(damaged).sort();
    expect(state.quarantine.map((entry) => entry.key).sort()).toEqual(damagedKeys);
    expect(state.problems).toHaveLength(damagedKeys.length);
    for (const problem of state.problems)
      expect(problem).toMatch(/couldn't be read and was set aside: .+\.$/);

    // Kept exactly as found, under a quarantine key: never deleted.
    const items = await stored();
    for (const [key, value] of Object.entries(damaged)) {
      expect(state.quarantine.find((entry) => entry.key === key)?.value).toEqual(value);
      const copies = Object.entries(items).filter(([k]) => k.startsWith(`quarantine:${key}:`));
      expect(copies.map(([, entry]) => (entry as Entry).value)).toEqual([value]);
    }

    const exported = await wakeAndAsk<{
      ok: boolean;
      backup: { interviews: unknown[]; quarantine: Entry[] };
    }>({
      type: 'backup/export',
    });
    expect(exported.ok).toBe(true);
    expect(exported.backup.interviews).toHaveLength(2);
    expect(exported.backup.quarantine.map((entry) => [entry.key, entry.value])).toEqual(
      state.quarantine.map((entry) => [entry.key, entry.value]),
    );
  });

  it('reports each damaged record once, however often the worker restarts', async () => {
    await seed({ meta, 'interview:iv-1': good, 'interview:iv-3': halfWritten, settings: 'x' });
    expect((await wakeAndAsk<State>({ type: 'state/get' })).problems).toHaveLength(2);
    const again = await wakeAndAsk<State>({ type: 'state/get' }, true);
    expect(again.problems).toEqual([]);
    expect(again.quarantine).toHaveLength(2);
    expect(Object.keys(await stored()).filter((key) => key.startsWith('quarantine:'))).toHaveLength(2);
  });

  it('a log from the first prototype that is garbage is moved to the new layout and set aside', async () => {
    await seed({ interviews: [good, 42, { id: 'iv-1', company: 'A second iv-1' }] });
    const state = await wakeAndAsk<State>({ type: 'state/get' }, true);
    expect(state.interviews.map((interview) => interview.id)).toEqual(['iv-1']);
    expect(state.quarantine.map((entry) => entry.value)).toEqual(
      expect.arrayContaining([42, { id: 'iv-1', company: 'A second iv-1' }]),
    );
  });
});

describe('data the worker does not recognise is left alone', () => {
  it('keys of no known kind are neither read, rewritten nor deleted', async () => {
    const garbage: Items = {
      zzz: 42,
      'interviews-old': [1, 2, 3],
      'quarantine:': 'not an entry',
      ...JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    };
    await seed({ meta, 'interview:iv-1': good, ...garbage });
    const state = await wakeAndAsk<State>({ type: 'state/get' });
    expect(state.ok).toBe(true);
    expect(state.interviews.map((interview) => interview.id)).toEqual(['iv-1']);
    expect(({} as Items).polluted).toBeUndefined();
    const items = await stored();
    for (const key of ['zzz', 'interviews-old', 'quarantine:']) expect(items[key]).toEqual(garbage[key]);
  });

  it('data from a newer version: read what can be read, change nothing, export it all', async () => {
    const future = { schemaVersion: SCHEMA_VERSION + 7, lastNotified: {}, shards: 4 };
    const newShape = { id: 'iv-7', when: { zoned: '2031-01-01T09:00[Europe/Paris]' } };
    await seed({
      meta: future,
      'interview:iv-1': good,
      'interview:iv-7': newShape,
      settings: { theme: 'dusk' },
    });
    const before = await stored();

    const state = await wakeAndAsk<State>({ type: 'state/get' }, true);
    expect(state).toMatchObject({ ok: true, readOnly: true });
    expect(state.problems[0]).toBe(READ_ONLY);
    expect(state.interviews.map((interview) => interview.id)).toEqual(['iv-1']);
    expect(state.quarantine.map((entry) => entry.value)).toEqual([newShape]);

    const refused = await wakeAndAsk<{ ok: boolean; error: string }>({
      type: 'interview/put',
      interview: sampleInterview({ id: 'iv-8' }),
    });
    expect(refused).toEqual({ ok: false, error: READ_ONLY });
    const exported = await wakeAndAsk<{ backup: { interviews: unknown[]; quarantine: Entry[] } }>({
      type: 'backup/export',
    });
    expect(exported.backup.interviews).toHaveLength(1);
    expect(exported.backup.quarantine.map((entry) => entry.value)).toEqual([newShape]);
    // Only a copy was added: every record the newer version wrote is where it left it.
    const after = await stored();
    for (const [key, value] of Object.entries(before)) expect(after[key]).toEqual(value);
  });
});
