/**
 * Senders checked positively: only the extension's own pages may read or change the log; any other sender
 * (a content script, another extension, a sender that says nothing) may only send `page/…` reports, and
 * a flood of those is refused before any work.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { handle } from '../../src/background/handlers';
import { fromOwnPage, TOO_FAST } from '../../src/background/senders';
import { sampleInterview, snapshot, useFakeStore } from '../support/fake-store';
import { LINKEDIN_TAB, OWN_PAGE, POPUP } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

const OURS = 'chrome-extension://test-extension-id';
const strangers: Array<[string, Runtime.MessageSender]> = [
  ['a sender that says nothing (no tab, no address)', {}],
  ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
  ['our id with a web address', { id: 'test-extension-id', url: 'https://www.linkedin.com/feed/' }],
  ['our address in a tab of a web page', { ...OWN_PAGE, tab: { url: 'https://evil.example/' } as never }],
  ['another origin claiming our path', { ...OWN_PAGE, origin: 'https://evil.example' } as never],
];

describe('privileged messages only from our own pages', () => {
  it.each(strangers)('refuses state/get, export and wipe from %s', async (_who, sender) => {
    await handle({ type: 'interview/put', interview: sampleInterview() }, OWN_PAGE);
    const before = await snapshot();
    for (const type of ['state/get', 'backup/export', 'store/wipe']) {
      expect(await handle({ type }, sender)).toEqual({
        ok: false,
        error: expect.stringMatching(/only report what it shows/),
      });
    }
    expect(await snapshot()).toBe(before);
    expect(fromOwnPage(sender)).toBe(false);
  });

  it('answers the popup, the options page and the options page in a tab', async () => {
    const inTab = { ...OWN_PAGE, tab: { id: 3, url: `${OURS}/src/options/options.html` } as never };
    for (const sender of [POPUP, OWN_PAGE, inTab]) {
      expect(await handle({ type: 'state/get' }, sender)).toMatchObject({ ok: true });
    }
  });
});

describe('page reports are rate-limited per tab', () => {
  const noteBox = { type: 'page/note-box', limit: 300, remaining: null };

  it('refuses a flood from one tab without reading storage, and leaves other tabs alone', async () => {
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push(await handle(noteBox, LINKEDIN_TAB));
    expect(answers.slice(0, 30).every((answer) => (answer as { ok: boolean }).ok)).toBe(true);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await handle(noteBox, LINKEDIN_TAB)).toEqual({ ok: false, error: TOO_FAST });
    expect(get).not.toHaveBeenCalled();
    const otherTab = { ...LINKEDIN_TAB, tab: { id: 8 } as never };
    expect(await handle(noteBox, otherTab)).toMatchObject({ ok: true });
  });

  it('the bucket fills again with time', async () => {
    for (let i = 0; i < 30; i++) await handle(noteBox, LINKEDIN_TAB);
    expect(await handle(noteBox, LINKEDIN_TAB)).toEqual({ ok: false, error: TOO_FAST });
    vi.setSystemTime(Date.now() + 1000);
    expect(await handle(noteBox, LINKEDIN_TAB)).toMatchObject({ ok: true });
  });
});

describe('storage.local limited to trusted contexts', () => {
  it('asks for TRUSTED_CONTEXTS where the browser offers setAccessLevel, and does nothing where not', async () => {
    const { limitStorageToTrusted } = await import('../../src/background/senders');
    const setAccessLevel = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel });
    await limitStorageToTrusted();
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: undefined });
    await expect(limitStorageToTrusted()).resolves.toBeUndefined();
  });
});
