/**
 * The background answers from memory: the log is read and validated once, then kept until a write of
 * ours or storage.onChanged says it changed; a restarted worker (fresh module state) reads it again.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { sampleInterview, seed, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

type State = { ok: boolean; interviews: { id: string; company: string }[] };
const state = async () => (await handle({ type: 'state/get' }, OWN_PAGE)) as State;

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
});
