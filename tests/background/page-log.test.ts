import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProfileReading } from '../../src/linkedin/reading';
import { readAll } from '../../src/storage/store';
import { NOW, sampleInterview, snapshot, useFakeStore } from '../support/fake-store';
import { ask, onPage, person, seedLog } from '../support/page-log';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();
beforeEach(seedLog);

describe('page/reading keeps the log true', () => {
  const at = NOW.toISOString();
  const cases: Array<[string, Partial<ProfileReading>, object, object]> = [
    [
      'Pending means the invitation was sent',
      { relation: 'pending' },
      { state: 'none' },
      { state: 'sent', at },
    ],
    [
      '1st-degree means it was accepted',
      { relation: 'connected', degree: '1st' },
      { state: 'sent', at: '2026-03-09T20:00:00Z' },
      { state: 'accepted', at },
    ],
    [
      'a 1st-degree badge alone is enough',
      { relation: 'unknown', degree: '1st' },
      { state: 'none' },
      { state: 'accepted', at },
    ],
    [
      'an accepted invitation stays accepted',
      { relation: 'pending' },
      { state: 'accepted', at: '2026-03-09T20:00:00Z' },
      { state: 'accepted', at: '2026-03-09T20:00:00Z' },
    ],
    [
      'a known invitation keeps its time',
      { relation: 'pending' },
      { state: 'sent', at: '2026-03-09T20:00:00Z', note: 'Hi' },
      { state: 'sent', at: '2026-03-09T20:00:00Z', note: 'Hi' },
    ],
  ];
  it.each(cases)('%s', async (_situation, shown, before, after) => {
    await ask({
      type: 'interviewer/patch',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      patch: { invite: before },
    });
    const answer = await onPage({ slug: 'priya-natarajan', ...shown });
    expect((await person('iv-1', 'p-1'))?.invite).toEqual(after);
    expect(answer).toMatchObject({
      verdict: (after as { state: string }).state === 'accepted' ? 'connected' : 'sent',
    });
  });
});

describe('page/invite-sent', () => {
  it('records the invitation with its note and time, in every interview with that person', async () => {
    await ask({
      type: 'interview/put',
      interview: sampleInterview({ id: 'iv-3', at: '2025-11-02T10:00:00Z' }),
    });
    const answer = await ask({
      type: 'page/invite-sent',
      slug: 'priya-natarajan',
      note: 'Hi Priya!',
      at: '2026-03-11T09:12:00Z',
    });
    expect(answer).toEqual({ ok: true, updated: true });
    for (const id of ['iv-1', 'iv-3']) {
      expect((await person(id, 'p-1'))?.invite).toEqual({
        state: 'sent',
        at: '2026-03-11T09:12:00Z',
        note: 'Hi Priya!',
      });
    }
  });

  it('records an invitation sent without a note as having none', async () => {
    await ask({ type: 'page/invite-sent', slug: 'priya-natarajan', note: '', at: '2026-03-11T09:12:00Z' });
    expect((await person('iv-1', 'p-1'))?.invite).toEqual({ state: 'sent', at: '2026-03-11T09:12:00Z' });
  });

  it('changes nothing for someone not in the log', async () => {
    const before = await snapshot();
    expect(
      await ask({ type: 'page/invite-sent', slug: 'stranger', note: '', at: '2026-03-11T09:12:00Z' }),
    ).toEqual({
      ok: true,
      updated: false,
    });
    expect(await snapshot()).toBe(before);
  });
});

describe('page/note-box and page/own-profile fill in the settings', () => {
  const cases: Array<[string, number, number | null, object]> = [
    ['a 300-character box means Premium, which has no monthly count', 300, null, { accountTier: 'premium' }],
    [
      'a 200-character box with a count means free, with that many notes left',
      200,
      3,
      { accountTier: 'free', noteQuota: { remaining: 3, seenAt: NOW.toISOString() } },
    ],
  ];
  it.each(cases)('%s', async (_situation, limit, remaining, expected) => {
    await ask({
      type: 'settings/patch',
      patch: { noteQuota: { remaining: 9, seenAt: '2026-02-01T10:00:00Z' } },
    });
    const answer = await ask({ type: 'page/note-box', limit, remaining });
    expect(answer).toMatchObject({ ok: true });
    const { settings } = await readAll();
    expect({
      accountTier: settings.accountTier,
      ...(settings.noteQuota ? { noteQuota: settings.noteQuota } : {}),
    }).toEqual(expected);
  });

  it('a count that could not be read keeps the last one seen', async () => {
    const quota = { remaining: 9, seenAt: '2026-02-01T10:00:00Z' };
    await ask({ type: 'settings/patch', patch: { noteQuota: quota } });
    await ask({ type: 'page/note-box', limit: 200, remaining: null });
    expect((await readAll()).settings.noteQuota).toEqual(quota);
  });

  it("the person's own profile fills the checklist, with when it was read", async () => {
    const checklist = { photo: true, headline: true, currentRole: false, about: true };
    expect(await ask({ type: 'page/own-profile', checklist })).toMatchObject({ ok: true });
    expect((await readAll()).settings.profile).toEqual({ ...checklist, readAt: NOW.toISOString() });
  });
});
