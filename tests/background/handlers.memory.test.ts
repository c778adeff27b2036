/**
 * The background answers from memory: the log is read and validated once, then kept until a write of
 * ours or storage.onChanged says it changed; a restarted worker (fresh module state) reads it again.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { sampleInterview, seed, useFakeStore } from '../support/fake-store';
import { LINKEDIN_TAB, OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

type State = { ok: boolean; interviews: { id: string; company: string }[] };
const state = async () => (await handle({ type: 'state/get' }, OWN_PAGE)) as State;

/** Counts the reads of the whole store (`get(null)`): each one is validated record by record. */
function wholeReads() {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  return () => get.mock.calls.filter(([keys]) => keys === null || keys === undefined).length;
}

/**
 * The whole store as Chrome's storage.onChanged announces a set, after the set has resolved (the test
 * double announces during the set): every key with its new value. Read now, announced when called.
 */
async function lateEcho(): Promise<() => Promise<void>> {
  const items = (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
  const changes = Object.fromEntries(Object.entries(items).map(([key, newValue]) => [key, { newValue }]));
  return async () => void (await fakeBrowser.storage.onChanged.trigger(changes, 'local'));
}

const profileReading = {
  slug: 'priya-natarajan',
  name: 'Priya Natarajan',
  headline: null,
  company: null,
  degree: null,
  relation: 'unknown',
  own: false,
  layout: 'sdui',
  found: 'structure',
};

describe('the log kept in memory', () => {
  it('a second state/get does not read storage again', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect((await state()).interviews).toHaveLength(1);
    const reads = get.mock.calls.length;
    expect((await state()).interviews).toHaveLength(1);
    await handle({ type: 'backup/export' }, OWN_PAGE);
    expect(get.mock.calls.length).toBe(reads);
  });

  it('sees a change made by another context (storage.onChanged)', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    expect((await state()).interviews.map((iv) => iv.company)).toEqual(['Contoso Health']);
    await seed({ 'interview:iv-1': { ...sampleInterview(), company: 'Globex', revision: 9 } });
    expect((await state()).interviews.map((iv) => iv.company)).toEqual(['Globex']);
  });

  it('after each write of ours, answers the written log', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    await state();
    await handle({ type: 'interview/delete', id: 'iv-1' }, OWN_PAGE);
    expect((await state()).interviews).toEqual([]);
  });

  it('a restarted worker starts empty and reads the log again', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    await state();
    vi.resetModules();
    const fresh = await import('../../src/background/handlers');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const answer = (await fresh.handle({ type: 'state/get' }, OWN_PAGE)) as State;
    expect(answer.interviews.map((iv) => iv.id)).toEqual(['iv-1']);
    expect(get).toHaveBeenCalled();
  });

  it('a write beside the log (the LinkedIn check) does not make the next request read the log again', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    await state();
    const reads = wholeReads();
    // A visit to a logged person's profile notes a correct reading in the LinkedIn check's own key.
    expect(await handle({ type: 'page/reading', reading: profileReading }, LINKEDIN_TAB)).toMatchObject({
      interviewerId: 'p-1',
    });
    expect(
      await handle({ type: 'page/unreadable', layout: 'sdui', what: 'no-top-card' }, LINKEDIN_TAB),
    ).toEqual({
      ok: true,
    });
    expect((await state()).interviews).toHaveLength(1);
    expect(reads()).toBe(0);
  });

  it('the late echo of our own write (Chrome announces it after the write) does not read the log again', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    await state();
    const echo = await lateEcho();
    const reads = wholeReads();
    await echo();
    expect((await state()).interviews).toHaveLength(1);
    expect(reads()).toBe(0);
  });

  it('ten popup opens read and validate the stored log at most once', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    const echo = await lateEcho();
    const reads = wholeReads();
    for (let open = 0; open < 10; open++) {
      // What each open asks of the background: the log, and another whole read (the tab's page asks page/visit)…
      await state();
      await handle({ type: 'backup/export' }, OWN_PAGE);
      await handle({ type: 'page/visit', slug: 'someone-else', title: 'Someone | LinkedIn' }, LINKEDIN_TAB);
      // …while Chrome is still announcing the worker's earlier writes.
      await echo();
    }
    expect(reads()).toBeLessThanOrEqual(1);
  });

  it('an outside change to a log record, even announced late, is seen', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    await state();
    await seed({ settings: { yourName: 'Sam' } });
    await (await lateEcho())();
    expect(
      ((await handle({ type: 'state/get' }, OWN_PAGE)) as { settings: { yourName: string } }).settings
        .yourName,
    ).toBe('Sam');
    await fakeBrowser.storage.local.remove('interview:iv-1');
    expect((await state()).interviews).toEqual([]);
  });
});
