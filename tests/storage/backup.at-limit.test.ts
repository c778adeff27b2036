/**
 * One's own export always imports back: a log that fills the store to its limit (storage.local's 10 MB,
 * counted as Chrome counts it) exports as the options page saves it (indented JSON) and imports again.
 */
import { describe, expect, it, vi } from 'vitest';
import { InterviewSchema } from '../../src/core/model';
import { exportBackup, importBackup } from '../../src/storage/backup';
import { STORE_BYTES } from '../../src/storage/backup-check';
import { SCHEMA_VERSION } from '../../src/storage/migrations';
import { sampleInterview, seed, stored, useFakeStore } from '../support/fake-store';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

/** What Chrome counts against the quota: every key's length plus its value's JSON. */
const bytesInUse = (items: Record<string, unknown>) =>
  Object.entries(items).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);

/** An interview as large as the model allows in its free text, with many touches. */
const large = (n: number) =>
  sampleInterview({
    id: `iv-${n}`,
    notes: 'n'.repeat(10_000),
    topics: Array.from({ length: 50 }, (_, i) => `topic ${i} ${'t'.repeat(480)}`),
    interviewers: [
      {
        id: 'p-1',
        name: 'Priya Natarajan',
        touches: Array.from({ length: 300 }, (_, i) => ({
          at: new Date(Date.UTC(2026, 2, 10, 0, i)).toISOString(),
          kind: 'message' as const,
          replied: i % 2 === 0,
        })),
      },
    ],
  });

describe('an export of a full store imports back', () => {
  it('a log at the store limit exports, imports (replace) and exports the same again', async () => {
    const one = { ...InterviewSchema.parse(large(0)), revision: 1 };
    const size = bytesInUse({ 'interview:iv-0': one });
    const count = Math.floor((STORE_BYTES - 20_000) / size);
    const items = Object.fromEntries(
      Array.from({ length: count }, (_, n) => [`interview:iv-${n}`, { ...one, id: `iv-${n}` }]),
    );
    await seed({ ...items, meta: { schemaVersion: SCHEMA_VERSION, lastNotified: {} } });
    const used = bytesInUse(await stored());
    expect(used).toBeLessThanOrEqual(STORE_BYTES);
    expect(used).toBeGreaterThan(STORE_BYTES - size - 20_000); // no room for one more interview

    const first = await exportBackup();
    const text = JSON.stringify(first, null, 2); // as the options page saves it
    expect(text.length).toBeGreaterThan(STORE_BYTES);
    expect(await importBackup(text, 'replace')).toEqual({ ok: true });
    expect(await importBackup(JSON.parse(text), 'replace')).toEqual({ ok: true });
    const again = await exportBackup();
    expect({ ...again, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
  }, 60_000);
});
