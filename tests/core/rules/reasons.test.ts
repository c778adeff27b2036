/**
 * The reasons in the person's words: specific dates and names, the right suggestion for the moment, and
 * never a push for news or a second invitation.
 */
import { describe, expect, it } from 'vitest';
import type { InterviewInput, SettingsInput } from '../../../src/core/model';
import { advise } from '../../../src/core/rules/advise';
import { dayLabel } from '../../../src/core/rules/reasons';
import { type InterviewerInput, interviewWith, local, settingsWith } from './build';

const mar = (day: number, hour = 0) => new Date(2026, 2 /* Mar */, day, hour);

function reasonsAt(
  now: Date,
  interview: Partial<InterviewInput> = {},
  person: Partial<InterviewerInput> = {},
  settings: SettingsInput = {},
) {
  const advice = advise({
    interview: interviewWith(interview, person),
    interviewerId: 'sam',
    settings: settingsWith(settings),
    now,
  });
  return Object.fromEntries(advice.reasons.map((reason) => [reason.code, reason.text]));
}

describe('the window in words', () => {
  it('names the day and hour it opens and why, for a recruiter met on Wednesday morning', () => {
    const reasons = reasonsAt(mar(11, 12), { at: local(2026, 2, 11, 8) }, { role: 'recruiter' });
    expect(reasons['window-role']).toMatch(
      /^Your window opens Thursday 12 March at 09:00: recruiters are usually glad to connect a day after an interview\. Best sent by Monday 16 March\.$/,
    );
  });

  it('speaks in the past once it has opened, and drops "best sent by" once that has passed', () => {
    expect(reasonsAt(mar(13))['window-role']).toMatch(/^Your window opened Thursday 12 March at 09:00:/);
    expect(reasonsAt(mar(20))['window-role']).not.toMatch(/Best sent by/);
  });

  it('puts the date they gave first when it holds the window back', () => {
    const reasons = reasonsAt(mar(16), { expectedReplyBy: '2026-03-20' });
    expect(reasons['reply-by']).toMatch(
      /^Your window opens Saturday 21 March at 09:00: Sam said .* Friday 20 March/,
    );
  });

  it('tells how long a withdrawn invitation holds things up', () => {
    const reasons = reasonsAt(mar(20), {}, { invite: { state: 'withdrawn', at: local(2026, 2, 12, 10) } });
    expect(reasons['withdrawn-cooldown']).toMatch(
      /Thursday 2 April at 10:00: .*Thursday 12 March.* three weeks/,
    );
  });

  it('adds the year to a day in another year', () => {
    expect(dayLabel(new Date(2027, 0, 4), new Date(2026, 11, 20))).toBe('Monday 4 January 2027');
    expect(dayLabel(new Date(2026, 2, 12), new Date(2026, 2, 9))).toBe('Thursday 12 March');
  });
});

describe('the note that fits, in words', () => {
  it('a nudge reminds them of your interest and never asks for news', () => {
    const nudge = reasonsAt(mar(17)).nudge;
    expect(nudge).toMatch(/still keen/);
    expect(nudge).not.toMatch(/\?|any news yet|let me know/i);
  });

  it('a late note re-introduces you with the interview date', () => {
    expect(reasonsAt(mar(31, 15)).late).toMatch(/your interview on Monday 9 March: remind Sam who you are/);
  });
});

describe('an invitation out, in words', () => {
  const sent = { invite: { state: 'sent', at: local(2026, 2, 12, 10) } } as const;

  it('never suggests sending it again', () => {
    expect(reasonsAt(mar(15), {}, sent).pending).toMatch(
      /since Thursday 12 March: there is nothing to resend/,
    );
  });

  it('after three weeks, says it may not be accepted, that it is not personal, and what withdrawing costs', () => {
    const long = reasonsAt(new Date(2026, 3 /* Apr */, 3), {}, sent)['pending-long'];
    expect(long).toMatch(/may never be accepted/);
    expect(long).toMatch(/nothing personal/);
    expect(long).toMatch(/withdraw.*up to three weeks/);
  });
});

describe('connections, in words', () => {
  it('asks for a thank-you within a week of accepting, with its last day', () => {
    const reasons = reasonsAt(mar(14), {}, { invite: { state: 'accepted', at: local(2026, 2, 13, 11) } });
    expect(reasons['connected-first-touch']).toMatch(
      /^Sam accepted on Friday 13 March: .* by Friday 20 March/,
    );
  });

  it('says to stop after two unanswered messages', () => {
    const reasons = reasonsAt(
      mar(30),
      {},
      {
        invite: { state: 'accepted', at: local(2026, 2, 13, 11) },
        touches: [
          { at: local(2026, 2, 14, 10), kind: 'message' },
          { at: local(2026, 2, 28, 10), kind: 'message' },
        ],
      },
    );
    expect(reasons['over-messaged']).toMatch(/two messages .* no reply: stop/);
  });
});

describe('your own side, in words', () => {
  it('lists exactly what the profile lacks', () => {
    const reasons = reasonsAt(
      mar(12, 10),
      {},
      {},
      {
        profile: { photo: true, headline: true, currentRole: false, about: false },
      },
    );
    expect(reasons['profile-incomplete']).toMatch(/lacks your current role and an about section/);
  });

  const noNotes = (seenAt: string): SettingsInput => ({ noteQuota: { remaining: 0, seenAt } });

  it('with no notes left and new ones before the window opens, says so', () => {
    const quota = reasonsAt(mar(31), { at: local(2026, 2, 30, 14) }, {}, noNotes(local(2026, 2, 30, 15)))[
      'quota-empty'
    ];
    expect(quota).toMatch(/new ones arrive on Wednesday 1 April, before your window opens/);
  });

  it('with no notes left, offers waiting for the new month when it is still in good time', () => {
    const quota = reasonsAt(mar(30), { at: local(2026, 2, 26, 14) }, {}, noNotes(local(2026, 2, 29, 15)))[
      'quota-empty'
    ];
    expect(quota).toMatch(
      /without a note and thank Sam by message once they accept, or wait for new notes on Wednesday 1 April, still in good time/,
    );
  });

  it('with no notes left, offers the new month past the best time but before it is late', () => {
    const quota = reasonsAt(mar(24), { at: local(2026, 2, 16, 14) }, {}, noNotes(local(2026, 2, 24, 9)))[
      'quota-empty'
    ];
    expect(quota).toMatch(/or wait for new notes on Wednesday 1 April, past the best moment but not late/);
  });

  it('with no notes left and the new month too far off, only offers sending without a note', () => {
    const quota = reasonsAt(mar(12, 10), {}, {}, noNotes(local(2026, 2, 9, 12)))['quota-empty'];
    expect(quota).toMatch(/without a note and thank Sam by message once they accept\.$/);
  });

  it('forgets a count LinkedIn showed last month: the notes have renewed since', () => {
    expect(reasonsAt(mar(12, 10), {}, {}, noNotes(local(2026, 1, 27, 12)))['quota-empty']).toBeUndefined();
  });
});
