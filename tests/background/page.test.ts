import { format } from 'date-fns';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { advise } from '../../src/core/rules/advise';
import type { PageAnswer } from '../../src/replies';
import { readAll } from '../../src/storage/store';
import { NOW, snapshot, useFakeStore } from '../support/fake-store';
import { ask, onPage, person, seedLog } from '../support/page-log';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();
beforeEach(seedLog);

describe('page/reading answers for people in the log', () => {
  it('answers everything the helper card shows, in words', async () => {
    const answer = (await onPage({ slug: 'priya-natarajan', name: 'Priya Natarajan' })) as PageAnswer;
    const stored = (await readAll()).interviews.find((it) => it.id === 'iv-1')!;
    const advice = advise({
      interview: stored,
      interviewerId: 'p-1',
      settings: (await readAll()).settings,
      now: NOW,
    });
    expect(answer).toMatchObject({
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      name: 'Priya Natarajan',
      company: 'Contoso Health',
      verdict: advice.verdict,
      reasons: advice.reasons.map((reason) => reason.text),
      limit: 200,
      showHelper: true,
      byName: false,
    });
    // The day after the interview, before the recruiter's window opens at 24 hours.
    expect(answer.verdict).toBe('wait');
    expect(answer.summary).toBe(`Wait until ${format(advice.opensAt!, 'EEEE d MMMM, HH:mm')}.`);
    expect(answer.draft).toMatch(/Priya/);
    expect(answer.draft.length).toBeLessThanOrEqual(200);
  });

  it("says where this person stands in the month's note plan, over the whole log", async () => {
    const answer = (await onPage({ slug: 'priya-natarajan' })) as PageAnswer;
    expect(answer.notePlan).toMatch(/^A personal note for Priya \(note \d of the 5 left this month\)/);
    await ask({ type: 'settings/patch', patch: { notesPerMonth: 0 } });
    const none = (await onPage({ slug: 'priya-natarajan' })) as PageAnswer;
    expect(none.notePlan).toMatch(
      /^No personalised notes left this month: send without a note and thank Priya/,
    );
    await ask({ type: 'settings/patch', patch: { accountTier: 'premium' } });
    expect(((await onPage({ slug: 'priya-natarajan' })) as PageAnswer).notePlan).toBeNull();
  });

  it.each(['tom%C3%A1s-ruiz', 'Tom%C3%A1s-Ruiz', 'tomás-ruiz'])(
    "finds a person whatever the slug's spelling: %s",
    async (slug) => {
      expect(await onPage({ slug })).toMatchObject({ interviewerId: 'p-2', byName: false });
    },
  );

  it('answers null for people not in the log, and changes nothing', async () => {
    const before = await snapshot();
    expect(
      await onPage({ slug: 'a-stranger', name: 'Priya Natarajan', company: 'Other Co', relation: 'pending' }),
    ).toBeNull();
    expect(await snapshot()).toBe(before);
  });

  it("answers null on the person's own profile", async () => {
    expect(await onPage({ slug: 'priya-natarajan', own: true })).toBeNull();
  });

  it('matches by the same name at the same company, says so, and does not change the log', async () => {
    const answer = await onPage({
      slug: 'sam-lee-42',
      name: 'sam lee',
      company: 'GLOBEX',
      relation: 'pending',
    });
    expect(answer).toMatchObject({ interviewId: 'iv-2', interviewerId: 's-1', byName: true });
    expect((await person('iv-2', 's-1'))?.invite).toEqual({ state: 'none' });
  });

  it("uses the person's own draft, unless it no longer fits the note limit", async () => {
    await ask({
      type: 'interviewer/patch',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      patch: { draft: 'Hi Priya, my own words.' },
    });
    expect(await onPage({ slug: 'priya-natarajan' })).toMatchObject({ draft: 'Hi Priya, my own words.' });
    const long = `Hi Priya, ${'thank you so much '.repeat(13)}`.trim();
    await ask({
      type: 'interviewer/patch',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      patch: { draft: long },
    });
    const answer = (await onPage({ slug: 'priya-natarajan' })) as PageAnswer;
    expect(answer.draft).not.toBe(long);
    expect(answer.draft.length).toBeLessThanOrEqual(200);
  });

  it("follows the settings: Premium's longer notes, and the helper switched off", async () => {
    await ask({ type: 'settings/patch', patch: { accountTier: 'premium', inlineHelper: false } });
    expect(await onPage({ slug: 'priya-natarajan' })).toMatchObject({ limit: 300, showHelper: false });
  });
});
