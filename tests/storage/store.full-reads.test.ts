/**
 * Reads never depend on a write: with storage full, a read that finds something to repair (a record to
 * set aside, a layout to migrate) still answers, and the export still works; the repair is written later,
 * once storage has room again.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { SCHEMA_VERSION } from '../../src/storage/migrations';
import { writeRepairs } from '../../src/storage/store';
import { sampleInterview, seed, stored, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

/** A wait's limit is for a hang, not for speed (see tests/support/setup.ts). */

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

const full = () =>
  vi
    .spyOn(fakeBrowser.storage.local, 'set')
    .mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));

describe('a full store can still be read and exported', () => {
  it('state/get and backup/export answer although the repair they found cannot be written', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // An old layout (version 0) and a damaged record: reading wants to migrate and set aside.
    await seed({ 'interview:iv-1': sampleInterview(), 'interview:iv-3': '{"id":"iv-3"' });
    const set = full();
    const state = (await handle({ type: 'state/get' }, OWN_PAGE)) as { ok: boolean; interviews: unknown[] };
    expect(state).toMatchObject({ ok: true, interviews: [expect.objectContaining({ id: 'iv-1' })] });
    const exported = (await handle({ type: 'backup/export' }, OWN_PAGE)) as {
      ok: boolean;
      backup: { interviews: unknown[]; quarantine: unknown[] };
    };
    expect(exported.ok).toBe(true);
    expect(exported.backup.interviews).toHaveLength(1);
    expect(exported.backup.quarantine).toHaveLength(1);
    await vi.waitFor(() => expect(set).toHaveBeenCalled()); // the repair was tried, and refused
    expect((await stored())['interview:iv-3']).toBe('{"id":"iv-3"'); // nothing lost meanwhile

    set.mockRestore(); // room again: the repair goes through
    await writeRepairs();
    const items = await stored();
    expect(items['interview:iv-3']).toBeUndefined();
    expect(Object.keys(items).some((key) => key.startsWith('quarantine:interview:iv-3'))).toBe(true);
    expect(items.meta).toMatchObject({ schemaVersion: SCHEMA_VERSION });
  });
});
