/**
 * The thank-you email in the reminders: it falls due an hour after the interview began, counts in the
 * badge, is notified once under an id of its own (so a LinkedIn reminder about the same person never
 * replaces it), opens the follow-ups page where its draft is, and goes away once marked as sent.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { noticeId, personId } from '../../src/background/notify';
import { planItems } from '../../src/background/plan';
import { THANK_YOU_EMAIL_WHY } from '../../src/core/email/due';
import type { StoredState } from '../../src/storage/types';
import { useFakeStore } from '../support/fake-store';
import { badge, fireAlarmAt, interviewWith, onScreen, READY_PROFILE, wakeWorker } from '../support/reminders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
/** Monday 2 March 2026, 14:30 UTC: Priya's interview began at 14:00 and is still on. */
useFakeStore(new Date('2026-03-02T14:30:00.000Z'));

const EMAIL_ID = noticeId({ interviewId: 'iv-1', interviewerId: 'p-1', kind: 'thank-you-email' });
const OPTIONS = 'chrome-extension://test-extension-id/src/options/options.html';

let worker: Awaited<ReturnType<typeof wakeWorker>>;
beforeEach(async () => {
  worker = await wakeWorker();
  await worker.ask({ type: 'settings/patch', patch: { profile: READY_PROFILE } });
  const interview = interviewWith();
  interview.interviewers![0] = { ...interview.interviewers![0]!, email: 'priya@contoso.example' };
  await worker.ask({ type: 'interview/put', interview });
  await worker.settle();
});

describe('the thank-you email reminder', () => {
  it('is not due while the interview is on; an hour after it began the badge counts it and one notification names it', async () => {
    expect(await badge()).toEqual({ text: '', title: 'Connect Coach' });
    expect(onScreen()).toEqual([]);
    expect((await fakeBrowser.alarms.get('connect-coach-next'))?.scheduledTime).toBe(
      Date.parse('2026-03-02T15:00:00Z'),
    );
    await fireAlarmAt(new Date('2026-03-02T15:00:00Z'));
    expect(await badge()).toEqual({ text: '1', title: 'Connect Coach — 1 follow-up due' });
    expect(onScreen()).toEqual([
      { id: EMAIL_ID, title: 'Send a thank-you email to Priya Natarajan', message: THANK_YOU_EMAIL_WHY },
    ]);
    const plan = planItems((await worker.ask({ type: 'state/get' })) as StoredState, new Date());
    expect(plan[0]).toMatchObject({
      kind: 'thank-you-email',
      dueAt: '2026-03-02T15:00:00.000Z',
      overdue: false,
      summary: THANK_YOU_EMAIL_WHY,
    });
  });

  it('stands beside the LinkedIn reminder about the same person: two notifications, a badge of 2', async () => {
    // Tuesday 15:00 UTC: a recruiter's window opened at 14:00, a full day after the interview.
    await fireAlarmAt(new Date('2026-03-03T15:00:00Z'), 'connect-coach-plan');
    expect((await badge()).text).toBe('2');
    expect(onScreen().map((notice) => notice.id)).toEqual([EMAIL_ID, personId('iv-1', 'p-1')]);
  });

  it('goes from the badge and the screen once the email is marked as sent', async () => {
    await fireAlarmAt(new Date('2026-03-02T15:00:00Z'));
    expect(onScreen().map((notice) => notice.id)).toEqual([EMAIL_ID]);
    await worker.ask({
      type: 'interviewer/patch',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      patch: { thankYouEmailAt: '2026-03-02T16:00:00.000Z' },
    });
    await vi.waitFor(async () => expect((await badge()).text).toBe(''));
    expect(onScreen()).toEqual([]);
  });

  it('opens the follow-ups page, where the draft is, when clicked', async () => {
    await fireAlarmAt(new Date('2026-03-02T15:00:00Z'));
    await fakeBrowser.notifications.onClicked.trigger(EMAIL_ID);
    const opened = (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter(Boolean);
    expect(opened).toEqual([`${OPTIONS}#follow-ups`]);
    expect(onScreen()).toEqual([]);
  });
});
