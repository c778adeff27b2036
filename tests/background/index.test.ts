import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../src/storage/migrations';
import { NOW, seed, stored, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

/** Loads the service worker afresh, as the browser does when it wakes it for one event. */
async function wake() {
  vi.resetModules();
  await import('../../src/background/index');
}

describe('the service worker', () => {
  it('listens for messages as soon as it loads, and answers them', async () => {
    await wake();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'state/get' },
      OWN_PAGE as never,
      () => undefined,
    );
    expect(answer).toMatchObject({ ok: true, interviews: [], readOnly: false });
    const [refusal] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'nonsense' },
      OWN_PAGE as never,
      () => undefined,
    );
    expect(refusal).toMatchObject({ ok: false });
  });

  it('migrates the stored log on update and notes the install time on install', async () => {
    await seed({
      interviews: [{ id: 'acme', company: 'Acme', role: 'Designer', at: '2026-03-02T10:00:00Z' }],
    });
    await wake();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect((await stored()).meta).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect(Object.keys(await stored()).sort()).toEqual(['interview:acme', 'meta']);
    expect((await stored()).meta).not.toHaveProperty('installedAt');

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect((await stored()).meta).toMatchObject({ installedAt: NOW.toISOString() });
  });
});
