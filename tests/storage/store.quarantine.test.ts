import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { exportBackup } from '../../src/storage/backup';
import { READ_ONLY } from '../../src/storage/errors';
import { SCHEMA_VERSION } from '../../src/storage/migrations';
import { readAll, writeRepairs } from '../../src/storage/store';
import { NOW, sampleInterview, seed, stored, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

/** A wait's limit is for a hang, not for speed (see tests/support/setup.ts). */

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();
beforeEach(() => {
  // The store reports what it sets aside on the console too; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const meta = { schemaVersion: SCHEMA_VERSION, lastNotified: {} };
const good = sampleInterview();
const at = NOW.toISOString();

/** Damaged records of each kind, with the key they are stored under and what the reason must mention. */
const damaged: Array<[string, string, unknown, RegExp]> = [
  [
    'an interview with wrong types',
    'interview:iv-2',
    { ...sampleInterview({ id: 'iv-2' }), at: 1741514400 },
    /^at must be a date and time/,
  ],
  [
    'an interview half-written as JSON text',
    'interview:iv-3',
    '{"id":"iv-3","company":"Glo',
    /must be a record/,
  ],
  [
    'an interview stored under another id',
    'interview:iv-4',
    sampleInterview({ id: 'iv-9' }),
    /stored under "iv-4" but its id is "iv-9"/,
  ],
  [
    'settings with a tier that does not exist',
    'settings',
    { yourName: 'Alex', accountTier: 'gold' },
    /^accountTier must be one of/,
  ],
  ['a bookkeeping record with a wrong version', 'meta', { schemaVersion: 'two' }, /^schemaVersion must be/],
];

describe('a record that cannot be read is set aside, never deleted, and the rest keeps working', () => {
  it.each(damaged)('%s', async (_situation, key, value, reason) => {
    await seed({ meta, 'interview:iv-1': good, [key]: value });
    const state = await readAll();

    expect(state.interviews.map((interview) => interview.id)).toEqual(['iv-1']);
    expect(state.quarantine).toEqual([{ key, reason: expect.stringMatching(reason), at, value }]);
    expect(state.problems).toEqual([expect.stringContaining("couldn't be read and was set aside")]);
    // The read is answered first; the repair is written right after it.
    await vi.waitFor(async () => {
      const items = await stored();
      expect(items[`quarantine:${key}:${at}`]).toEqual({ key, reason: expect.any(String), at, value });
      if (key === 'settings') expect(items.settings).toEqual(state.settings);
      else if (key === 'meta') expect(items.meta).toEqual(meta);
      else expect(items[key]).toBeUndefined();
    });
  });

  it('unreadable settings are replaced by the defaults, and the person can set them again', async () => {
    await seed({ meta, settings: { yourName: 42 } });
    expect((await readAll()).settings.yourName).toBe('');
    expect(await handle({ type: 'settings/patch', patch: { yourName: 'Alex' } }, OWN_PAGE)).toMatchObject({
      ok: true,
    });
    expect((await readAll()).settings.yourName).toBe('Alex');
  });

  it('reports each problem once: the next read finds the record already aside', async () => {
    await seed({ meta, 'interview:iv-3': '{"id":"iv-3"' });
    expect((await readAll()).problems).toHaveLength(1);
    const again = await readAll();
    expect(again.problems).toEqual([]);
    expect(again.quarantine).toHaveLength(1);
  });

  it('the backup still exports everything, the unreadable records alongside', async () => {
    await seed({ meta, 'interview:iv-1': good, 'interview:iv-3': '{"id":"iv-3"' });
    const backup = await exportBackup();
    expect(backup.interviews.map((interview) => interview.id)).toEqual(['iv-1']);
    expect(backup.quarantine).toEqual([
      expect.objectContaining({ key: 'interview:iv-3', value: '{"id":"iv-3"' }),
    ]);
  });

  it('new edits keep working beside the quarantine', async () => {
    await seed({ meta, 'interview:iv-3': '{"id":"iv-3"' });
    const answer = await handle(
      { type: 'interview/put', interview: sampleInterview({ id: 'iv-5' }) },
      OWN_PAGE,
    );
    expect(answer).toMatchObject({ ok: true });
    expect((await readAll()).interviews.map((interview) => interview.id)).toEqual(['iv-5']);
  });
});

describe('data written by a newer version is read but never migrated or overwritten', () => {
  const future = { schemaVersion: SCHEMA_VERSION + 5, lastNotified: {} };
  const fromTheFuture = {
    ...sampleInterview({ id: 'iv-7' }),
    at: { zoned: '2031-01-01T09:00[Europe/Paris]' },
  };

  beforeEach(async () => {
    await seed({ meta: future, 'interview:iv-1': good, 'interview:iv-7': fromTheFuture });
  });

  it('shows what it can read, says why nothing can change, and keeps a copy of what it cannot', async () => {
    const state = await readAll();
    expect(state.readOnly).toBe(true);
    expect(state.interviews.map((interview) => interview.id)).toEqual(['iv-1']);
    expect(state.problems[0]).toBe(READ_ONLY);
    expect(state.quarantine).toEqual([
      expect.objectContaining({ key: 'interview:iv-7', value: fromTheFuture }),
    ]);
    const items = await stored();
    expect(items.meta).toEqual(future);
    expect(items['interview:iv-7']).toEqual(fromTheFuture);
  });

  it('copies a record aside only once however often it reads', async () => {
    const copies = async () => Object.keys(await stored()).filter((key) => key.startsWith('quarantine:'));
    await readAll();
    await vi.waitFor(async () => expect(await copies()).toHaveLength(1));
    await readAll();
    await readAll();
    expect(await copies()).toHaveLength(1);
  });

  it('refuses edits with a sentence, and exports what it has', async () => {
    await readAll();
    await writeRepairs(); // the copy set aside is written: from here on nothing may change
    const before = await stored();
    const answer = await handle({ type: 'settings/patch', patch: { yourName: 'Alex' } }, OWN_PAGE);
    expect(answer).toEqual({ ok: false, error: READ_ONLY });
    expect(await stored()).toEqual(before);
    const backup = await exportBackup();
    expect(backup.interviews).toHaveLength(1);
    expect(backup.quarantine).toHaveLength(1);
  });
});
