import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

describe('when the browser cannot read the stored log', () => {
  it.each(['state/get', 'backup/export', 'check/get'])(
    '%s says it could not read, not that a save failed',
    async (type) => {
      vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
      const answer = (await handle({ type }, OWN_PAGE)) as { ok: boolean; error: string };
      expect(answer.ok).toBe(false);
      expect(answer.error).toMatch(/couldn't read your saved data \(IO error\)/);
      expect(answer.error).not.toMatch(/save your change/);
    },
  );

  it('a failed write still says the change was not saved', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    const answer = (await handle({ type: 'settings/patch', patch: { yourName: 'Alex' } }, OWN_PAGE)) as {
      error: string;
    };
    expect(answer.error).toMatch(/couldn't save your change/);
  });
});
