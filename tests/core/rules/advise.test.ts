/**
 * advise() as a table of real situations. Unless a row says otherwise: Acme, an interview on Monday
 * 9 March 2026 at 14:00 local time, a hiring manager called Sam, neutral culture, outcome pending, a
 * complete profile. Dates are local, so the table holds in every time zone.
 */
import { describe, expect, it } from 'vitest';
import type { InterviewInput, SettingsInput } from '../../../src/core/model';
import { advise } from '../../../src/core/rules/advise';
import { REASON_CODES } from '../../../src/core/rules/reasons';
import type { Tone, Verdict } from '../../../src/core/rules/types';
import { type InterviewerInput, interviewWith, local, settingsWith } from './build';

const mar = (day: number, hour = 0, minute = 0) => new Date(2026, 2 /* Mar */, day, hour, minute);
const apr = (day: number, hour = 0, minute = 0) => new Date(2026, 3 /* Apr */, day, hour, minute);
const may = (day: number, hour = 0) => new Date(2026, 4 /* May */, day, hour);
const jun = (day: number, hour = 0) => new Date(2026, 5 /* Jun */, day, hour);
const jul = (day: number, hour = 0) => new Date(2026, 6 /* Jul */, day, hour);

interface Situation {
  situation: string;
  interview?: Partial<InterviewInput>;
  person?: Partial<InterviewerInput>;
  settings?: SettingsInput;
  now: Date;
  verdict: Verdict;
  /** opensAt, idealBy, lateAfter; null when sending never fits as things stand. */
  window: [Date, Date, Date] | null;
  nextTouchAt?: Date | null;
  tone: Tone;
  /** The reasons' codes, most important first. */
  codes: string[];
}

const acceptedOn13 = { state: 'accepted', at: local(2026, 2, 13, 11) } as const;
const usualWindow: [Date, Date, Date] = [mar(12, 9), mar(16, 9), mar(30, 14)];
const afterRejection: [Date, Date, Date] = [mar(11, 16, 30), mar(18, 16, 30), apr(10, 16, 30)];

const situations: Situation[] = [
  // The window by role
  {
    situation: 'a recruiter, the morning after an afternoon interview: a full day must pass first',
    person: { role: 'recruiter' },
    now: mar(10, 8),
    verdict: 'wait',
    window: [mar(10, 14), mar(14, 14), mar(30, 14)],
    tone: 'thanks',
    codes: ['window-role', 'full-day'],
  },
  {
    situation: 'a recruiter after a morning interview: 09:00 the next day',
    interview: { at: local(2026, 2, 9, 8) },
    person: { role: 'recruiter' },
    now: mar(10, 9),
    verdict: 'send',
    window: [mar(10, 9), mar(14, 9), mar(30, 8)],
    tone: 'thanks',
    codes: ['window-role'],
  },
  {
    situation: 'a hiring manager, a minute before 09:00 on the third day',
    now: mar(12, 8, 59),
    verdict: 'wait',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role'],
  },
  {
    situation: 'a panel member on the morning of the third day',
    person: { role: 'panel' },
    now: mar(12, 10),
    verdict: 'send',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role'],
  },
  {
    situation: 'any other interviewer waits like a hiring manager',
    person: { role: 'other' },
    now: mar(11),
    verdict: 'wait',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role'],
  },
  {
    situation: 'an executive waits a fourth day',
    person: { role: 'executive' },
    now: mar(12, 10),
    verdict: 'wait',
    window: [mar(13, 9), mar(17, 9), mar(30, 14)],
    tone: 'thanks',
    codes: ['window-role'],
  },
  // Culture and weekdays
  {
    situation: 'a formal company adds two days',
    interview: { culture: 'formal' },
    now: mar(12, 10),
    verdict: 'wait',
    window: [mar(14, 9), mar(18, 9), mar(30, 14)],
    tone: 'thanks',
    codes: ['window-role', 'window-culture'],
  },
  {
    situation: 'a relaxed company takes two days off, but never the same day',
    interview: { culture: 'relaxed' },
    now: mar(10, 15),
    verdict: 'send',
    window: [mar(10, 14), mar(14, 14), mar(30, 14)],
    tone: 'thanks',
    codes: ['window-role', 'window-culture', 'full-day'],
  },
  {
    situation: 'a relaxed company cannot bring a recruiter any sooner',
    interview: { culture: 'relaxed' },
    person: { role: 'recruiter' },
    now: mar(10, 15),
    verdict: 'send',
    window: [mar(10, 14), mar(14, 14), mar(30, 14)],
    tone: 'thanks',
    codes: ['window-role', 'full-day'],
  },
  {
    situation: 'a formal company and an executive: the sixth day, a Sunday',
    interview: { culture: 'formal' },
    person: { role: 'executive' },
    now: mar(14),
    verdict: 'wait',
    window: [mar(15, 9), mar(19, 9), mar(30, 14)],
    tone: 'thanks',
    codes: ['window-role', 'window-culture'],
  },
  {
    situation: 'weekdays only: a Saturday opening moves to Monday at 09:00',
    interview: { culture: 'formal' },
    settings: { weekdaysOnly: true },
    now: mar(14, 10),
    verdict: 'wait',
    window: [mar(16, 9), mar(20, 9), mar(30, 14)],
    tone: 'thanks',
    codes: ['weekend', 'window-role', 'window-culture'],
  },
  {
    situation: 'weekdays only: a Thursday opening stays',
    settings: { weekdaysOnly: true },
    now: mar(12, 10),
    verdict: 'send',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role'],
  },
  // The date they gave
  {
    situation: 'they said they would reply by Friday 20 March: the window opens the day after',
    interview: { expectedReplyBy: '2026-03-20' },
    now: mar(16, 10),
    verdict: 'wait',
    window: [mar(21, 9), mar(25, 9), mar(30, 14)],
    tone: 'nudge',
    codes: ['reply-by', 'window-role', 'nudge'],
  },
  {
    situation: 'a far-off reply date never holds the window past two weeks',
    interview: { expectedReplyBy: '2026-04-30' },
    now: mar(16),
    verdict: 'wait',
    window: [mar(23, 9), mar(27, 9), mar(30, 14)],
    tone: 'nudge',
    codes: ['reply-by', 'window-role', 'nudge'],
  },
  {
    situation: 'a reply date given as a time: the window opens the next morning',
    interview: { expectedReplyBy: local(2026, 2, 18, 17) },
    now: mar(19, 10),
    verdict: 'send',
    window: [mar(19, 9), mar(23, 9), mar(30, 14)],
    tone: 'nudge',
    codes: ['nudge', 'reply-by', 'window-role'],
  },
  {
    situation: 'a reply date before the window changes nothing, and once it passes without word, nudge',
    interview: { expectedReplyBy: '2026-03-10' },
    now: mar(12, 10),
    verdict: 'send',
    window: usualWindow,
    tone: 'nudge',
    codes: ['nudge', 'window-role'],
  },
  {
    situation: 'a reply date before the interview is a slip, not a reason to nudge',
    interview: { expectedReplyBy: '2026-03-01' },
    now: mar(12, 10),
    verdict: 'send',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role'],
  },
  // A known outcome
  {
    situation: 'a rejection on Wednesday afternoon: a gracious note from then, the reply date forgotten',
    interview: { outcome: 'rejected', outcomeAt: local(2026, 2, 11, 16, 30), expectedReplyBy: '2026-03-20' },
    now: mar(12, 10),
    verdict: 'send',
    window: afterRejection,
    tone: 'gracious',
    codes: ['outcome-known'],
  },
  {
    situation: 'an offer with no date recorded: from a day after the interview',
    interview: { outcome: 'offer' },
    now: mar(10, 15),
    verdict: 'send',
    window: [mar(10, 14), mar(17, 14), apr(9, 14)],
    tone: 'welcome',
    codes: ['outcome-known'],
  },
  {
    situation: 'a rejection the same afternoon still leaves a full day',
    interview: { outcome: 'rejected', outcomeAt: local(2026, 2, 9, 16) },
    now: mar(10, 10),
    verdict: 'wait',
    window: [mar(10, 14), mar(17, 14), apr(9, 14)],
    tone: 'gracious',
    codes: ['outcome-known'],
  },
  {
    situation: 'you withdrew from the process: gracious too',
    interview: { outcome: 'withdrawn', outcomeAt: local(2026, 2, 13, 10) },
    now: mar(13, 11),
    verdict: 'send',
    window: [mar(13, 10), mar(20, 10), apr(12, 10)],
    tone: 'gracious',
    codes: ['outcome-known'],
  },
  {
    situation: 'a rejection long past: re-introduce yourself',
    interview: { outcome: 'rejected', outcomeAt: local(2026, 2, 11, 16, 30) },
    now: may(20),
    verdict: 'send',
    window: afterRejection,
    tone: 'late',
    codes: ['late', 'outcome-known'],
  },
  {
    situation: 'four weeks with no word and never sent: re-introduce yourself',
    now: apr(8),
    verdict: 'send',
    window: usualWindow,
    tone: 'late',
    codes: ['late', 'window-role'],
  },
  // Reasons not to
  {
    situation: 'the company discourages connecting while the process is open',
    interview: { connectionPolicy: 'discouraged' },
    now: mar(12, 10),
    verdict: 'avoid',
    window: null,
    tone: 'thanks',
    codes: ['policy-discouraged'],
  },
  {
    situation: 'a discouraging policy no longer blocks once the outcome is known',
    interview: {
      connectionPolicy: 'discouraged',
      outcome: 'rejected',
      outcomeAt: local(2026, 2, 11, 16, 30),
    },
    now: mar(12, 10),
    verdict: 'send',
    window: afterRejection,
    tone: 'gracious',
    codes: ['outcome-known'],
  },
  {
    situation: 'they declined the invitation',
    person: { invite: { state: 'declined', at: local(2026, 2, 13, 10) } },
    now: mar(14),
    verdict: 'avoid',
    window: null,
    tone: 'thanks',
    codes: ['declined'],
  },
  {
    situation: 'declined is said once, even where the policy also discourages',
    interview: { connectionPolicy: 'discouraged' },
    person: { invite: { state: 'declined', at: local(2026, 2, 13, 10) } },
    now: mar(14),
    verdict: 'avoid',
    window: null,
    tone: 'thanks',
    codes: ['declined'],
  },
  // An invitation out
  {
    situation: 'an invitation out for three days: nothing to resend',
    person: { invite: { state: 'sent', at: local(2026, 2, 12, 10) } },
    now: mar(15, 10),
    verdict: 'sent',
    window: usualWindow,
    tone: 'thanks',
    codes: ['pending'],
  },
  {
    situation: 'an invitation pending over three weeks: it may never be accepted',
    person: { invite: { state: 'sent', at: local(2026, 2, 12, 10) } },
    now: apr(3, 10),
    verdict: 'sent',
    window: usualWindow,
    tone: 'nudge',
    codes: ['pending-long', 'pending'],
  },
  {
    situation: 'a withdrawn invitation: three weeks before a new one',
    person: { invite: { state: 'withdrawn', at: local(2026, 2, 12, 10) } },
    now: mar(20),
    verdict: 'wait',
    window: [apr(2, 10), apr(2, 10), apr(2, 10)],
    tone: 'nudge',
    codes: ['withdrawn-cooldown', 'window-role', 'nudge'],
  },
  // Connected
  {
    situation: 'they accepted on Friday: a first thank-you is due',
    person: { invite: acceptedOn13 },
    now: mar(14),
    verdict: 'connected',
    window: usualWindow,
    nextTouchAt: mar(13, 11),
    tone: 'thanks',
    codes: ['connected-first-touch'],
  },
  {
    situation: 'connected and answered: a check-in 90 days after the last touch',
    person: {
      invite: acceptedOn13,
      touches: [{ at: local(2026, 2, 16, 10), kind: 'message', replied: true }],
    },
    now: apr(1),
    verdict: 'connected',
    window: usualWindow,
    nextTouchAt: jun(14, 10),
    tone: 'nudge',
    codes: ['check-in'],
  },
  {
    situation: 'a message before they accepted: a month between messages',
    person: { invite: acceptedOn13, touches: [{ at: local(2026, 2, 11, 10), kind: 'message' }] },
    now: mar(14),
    verdict: 'connected',
    window: usualWindow,
    nextTouchAt: apr(10, 10),
    tone: 'thanks',
    codes: ['recent-message'],
  },
  {
    situation: 'two messages in a row without a reply: stop',
    person: {
      invite: acceptedOn13,
      touches: [
        { at: local(2026, 3, 20, 10), kind: 'message' },
        { at: local(2026, 2, 16, 10), kind: 'message' },
      ],
    },
    now: may(1),
    verdict: 'connected',
    window: usualWindow,
    nextTouchAt: null,
    tone: 'nudge',
    codes: ['over-messaged'],
  },
  {
    situation: 'a reply to the second message keeps the conversation going',
    person: {
      invite: acceptedOn13,
      touches: [
        { at: local(2026, 2, 16, 10), kind: 'message' },
        { at: local(2026, 3, 20, 10), kind: 'message', replied: true },
      ],
    },
    now: may(1),
    verdict: 'connected',
    window: usualWindow,
    nextTouchAt: jul(19, 10),
    tone: 'nudge',
    codes: ['check-in'],
  },
  {
    situation: 'a call they answered after two quiet messages breaks the run',
    person: {
      invite: acceptedOn13,
      touches: [
        { at: local(2026, 2, 16, 10), kind: 'message' },
        { at: local(2026, 3, 20, 10), kind: 'message' },
        { at: local(2026, 4, 2, 15), kind: 'call', replied: true },
      ],
    },
    now: may(3),
    verdict: 'connected',
    window: usualWindow,
    nextTouchAt: jul(31, 15),
    tone: 'nudge',
    codes: ['check-in'],
  },
  // Your own side
  {
    situation: 'the window is open but your profile lacks a role and an about section: prepare',
    settings: { profile: { photo: true, headline: true, currentRole: false, about: false } },
    now: mar(12, 10),
    verdict: 'prepare',
    window: usualWindow,
    tone: 'thanks',
    codes: ['profile-incomplete', 'window-role'],
  },
  {
    situation: 'while waiting, an incomplete profile is only a reason',
    settings: { profile: { photo: true, headline: false, currentRole: false, about: false } },
    now: mar(11),
    verdict: 'wait',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role', 'profile-incomplete'],
  },
  {
    situation: 'a checklist nobody answered is not "missing": send, with a word to check the profile',
    settings: {
      profile: { photo: 'unknown', headline: 'unknown', currentRole: 'unknown', about: 'unknown' },
    },
    now: mar(12, 10),
    verdict: 'send',
    window: usualWindow,
    tone: 'thanks',
    codes: ['profile-unknown', 'window-role'],
  },
  {
    situation: 'a free account with no notes left this month',
    settings: { noteQuota: { remaining: 0, seenAt: local(2026, 2, 9, 12) } },
    now: mar(12, 10),
    verdict: 'send',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role', 'quota-empty'],
  },
  {
    situation: 'Premium has no monthly note quota',
    settings: { accountTier: 'premium', noteQuota: { remaining: 0, seenAt: local(2026, 2, 9, 12) } },
    now: mar(12, 10),
    verdict: 'send',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role'],
  },
  // A thank-you email comes first, the invitation after it
  {
    situation: 'a recruiter thanked by email on Tuesday morning: the invitation waits for Wednesday 09:00',
    interview: { at: local(2026, 2, 9, 8) },
    person: { role: 'recruiter', thankYouEmailAt: local(2026, 2, 10, 8, 30) },
    now: mar(10, 10),
    verdict: 'wait',
    window: [mar(11, 9), mar(15, 9), mar(30, 8)],
    tone: 'thanks',
    codes: ['thanked-by-email', 'window-role'],
  },
  {
    situation: 'a hiring manager thanked by email the evening of the interview: the window is unchanged',
    person: { thankYouEmailAt: local(2026, 2, 9, 19) },
    now: mar(12, 10),
    verdict: 'send',
    window: usualWindow,
    tone: 'thanks',
    codes: ['window-role'],
  },
  // The cautious timing style (more in timing-style.test.ts)
  {
    situation: '"After the decision" while the outcome is pending: wait, with no date to wait for',
    settings: { timingStyle: 'decision' },
    now: mar(12, 10),
    verdict: 'wait',
    window: null,
    tone: 'thanks',
    codes: ['decision-pending'],
  },
];

describe('advise() in real situations', () => {
  it.each(situations)('$situation', (row) => {
    const interview = interviewWith(row.interview, row.person);
    const advice = advise({
      interview,
      interviewerId: 'sam',
      settings: settingsWith(row.settings),
      now: row.now,
    });

    expect(advice.verdict).toBe(row.verdict);
    expect([advice.opensAt, advice.idealBy, advice.lateAfter]).toEqual(row.window ?? [null, null, null]);
    expect(advice.nextTouchAt).toEqual(row.nextTouchAt ?? null);
    expect(advice.tone).toBe(row.tone);
    // The timing style that decided always comes last (timing-style.test.ts checks its words).
    expect(advice.reasons.map((reason) => reason.code)).toEqual([...row.codes, 'timing-style']);
  });

  it('covers every verdict, tone and reason code', () => {
    expect(new Set(situations.map((row) => row.verdict))).toEqual(
      new Set(['avoid', 'sent', 'connected', 'wait', 'prepare', 'send']),
    );
    expect(new Set(situations.map((row) => row.tone))).toEqual(
      new Set(['thanks', 'nudge', 'late', 'gracious', 'welcome']),
    );
    expect(new Set([...situations.flatMap((row) => row.codes), 'timing-style'])).toEqual(
      new Set(REASON_CODES),
    );
  });
});

describe('advise() refuses what it cannot answer', () => {
  it('names the interviewer and the interview when the interviewer is unknown', () => {
    const interview = interviewWith();
    expect(() =>
      advise({ interview, interviewerId: 'nobody', settings: settingsWith(), now: mar(12) }),
    ).toThrow(/interview "acme" with Acme has no interviewer "nobody"/);
  });
});
