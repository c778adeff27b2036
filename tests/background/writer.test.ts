import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { onLogChanged } from '../../src/background/reminders';
import { STORAGE_FULL } from '../../src/storage/errors';
import { SCHEMA_VERSION } from '../../src/storage/migrations';
import { readAll } from '../../src/storage/store';
import { sampleInterview, snapshot, stored, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: vi.fn() }));
useFakeStore();
beforeEach(() => {
  vi.mocked(onLogChanged).mockClear();
});

const ask = (message: unknown) => handle(message, OWN_PAGE);
/** The reminders hook runs just after the answer: let it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('interview/put', () => {
  it('saves a new interview with its defaults and answers it', async () => {
    const answer = await ask({ type: 'interview/put', interview: sampleInterview() });
    expect(answer).toMatchObject({ ok: true, interview: { id: 'iv-1', culture: 'neutral' } });
    expect((await stored())['interview:iv-1']).toEqual((answer as { interview: unknown }).interview);
  });

  it('refuses an interview with mistakes, naming each field, and changes nothing', async () => {
    const before = await snapshot();
    const answer = await ask({
      type: 'interview/put',
      interview: { ...sampleInterview(), company: '', at: 'tomorrow' },
    });
    expect(answer).toEqual({
      ok: false,
      error: "This interview can't be saved: company must not be empty.",
      issues: [
        { path: 'company', message: 'must not be empty' },
        { path: 'at', message: expect.stringMatching(/^must be a date and time/) },
      ],
    });
    expect(await snapshot()).toBe(before);
  });
});

describe('interview/delete', () => {
  it('answers the deleted interview, so putting it back undoes the delete', async () => {
    await ask({ type: 'interview/put', interview: sampleInterview() });
    const before = await snapshot();
    const answer = (await ask({ type: 'interview/delete', id: 'iv-1' })) as { ok: true; deleted: unknown };
    expect(answer.deleted).toMatchObject({ id: 'iv-1', company: 'Contoso Health' });
    expect((await readAll()).interviews).toEqual([]);
    await ask({ type: 'interview/put', interview: answer.deleted });
    expect(await snapshot()).toBe(before);
  });

  it('deleting one already gone answers null and writes nothing', async () => {
    expect(await ask({ type: 'interview/delete', id: 'nope' })).toEqual({ ok: true, deleted: null });
  });
});

describe('interviewer/patch merges into the latest stored interviewer', () => {
  beforeEach(async () => {
    const interview = sampleInterview();
    interview.interviewers![0] = {
      ...interview.interviewers![0]!,
      invite: { state: 'accepted', at: '2026-03-11T10:00:00Z' },
      touches: [{ at: '2026-03-12T10:00:00Z', kind: 'message', replied: true }],
    };
    await ask({ type: 'interview/put', interview });
  });

  it('changes only the fields sent: the invitation and touches stay', async () => {
    const answer = await ask({
      type: 'interviewer/patch',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      patch: { title: 'Talent Partner' },
    });
    expect(answer).toMatchObject({ ok: true });
    const [person] = (await readAll()).interviews[0]!.interviewers;
    expect(person).toMatchObject({
      title: 'Talent Partner',
      role: 'recruiter',
      invite: { state: 'accepted', at: '2026-03-11T10:00:00Z' },
      touches: [{ kind: 'message', replied: true }],
    });
  });

  it('refuses a change that would break the interview, naming the field', async () => {
    const answer = await ask({
      type: 'interviewer/patch',
      interviewId: 'iv-1',
      interviewerId: 'p-2',
      patch: { name: ' ' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: "This change can't be saved: name must not be empty.",
      issues: [{ path: 'name', message: 'must not be empty' }],
    });
  });

  it.each([
    ['an interview that was deleted meanwhile', 'iv-9', 'p-1', /no longer in your log/],
    ['an interviewer who was removed meanwhile', 'iv-1', 'p-9', /no longer part of this interview/],
  ])('says so for %s', async (_situation, interviewId, interviewerId, error) => {
    const answer = await ask({
      type: 'interviewer/patch',
      interviewId,
      interviewerId,
      patch: { title: 'x' },
    });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(error) });
  });
});

describe('settings/patch', () => {
  it('changes only the fields sent', async () => {
    await ask({ type: 'settings/patch', patch: { yourName: 'Alex Kim', accountTier: 'premium' } });
    const answer = await ask({ type: 'settings/patch', patch: { weekdaysOnly: true } });
    expect(answer).toMatchObject({
      ok: true,
      settings: { yourName: 'Alex Kim', accountTier: 'premium', weekdaysOnly: true },
    });
  });
});

describe('store/wipe', () => {
  it('removes interviews, settings and quarantine, keeping nothing but a fresh bookkeeping record', async () => {
    await ask({ type: 'interview/put', interview: sampleInterview() });
    await ask({ type: 'settings/patch', patch: { yourName: 'Alex' } });
    await fakeBrowser.storage.local.set({
      'quarantine:interview:x:2026-03-01T00:00:00.000Z': { key: 'interview:x' },
    });
    expect(await ask({ type: 'store/wipe' })).toEqual({ ok: true });
    expect(await stored()).toEqual({ meta: { schemaVersion: SCHEMA_VERSION, lastNotified: {} } });
    expect(await ask({ type: 'state/get' })).toMatchObject({
      ok: true,
      interviews: [],
      quarantine: [],
      settings: { yourName: '' },
    });
  });
});

describe('writes are acknowledged only once stored, and only what changed is saved', () => {
  it('tells the reminders after each write that changed the log, and not after one that changed nothing', async () => {
    await ask({ type: 'interview/put', interview: sampleInterview() });
    await settle();
    expect(onLogChanged).toHaveBeenCalledTimes(1);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await ask({ type: 'interview/put', interview: sampleInterview() });
    await ask({ type: 'state/get' });
    await settle();
    expect(set).not.toHaveBeenCalled();
    expect(onLogChanged).toHaveBeenCalledTimes(1);
  });

  it('reports a full storage to the caller, keeps the log, and works again once there is room', async () => {
    await ask({ type: 'interview/put', interview: sampleInterview() });
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const refused = await ask({ type: 'interview/put', interview: sampleInterview({ id: 'iv-2' }) });
    expect(refused).toEqual({ ok: false, error: STORAGE_FULL });
    expect(await snapshot()).toBe(before);
    expect(await ask({ type: 'interview/put', interview: sampleInterview({ id: 'iv-2' }) })).toMatchObject({
      ok: true,
    });
  });

  it('answers any other storage failure with a sentence rather than silence', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: disk'));
    const answer = await ask({ type: 'settings/patch', patch: { yourName: 'Alex' } });
    expect(answer).toEqual({
      ok: false,
      error: expect.stringMatching(/couldn't save your change \(IO error: disk\)/),
    });
  });
});
