/**
 * The timing style as a table: the same situations under "After a few days" and "After the decision".
 * Acme, an interview on Monday 9 March 2026 at 14:00 local, Sam a hiring manager unless a row says
 * otherwise. Dates are local, so the table holds in every time zone `npm run test:unit` runs.
 */
import { describe, expect, it } from 'vitest';
import type { InterviewInput, TimingStyle } from '../../../src/core/model';
import { advise } from '../../../src/core/rules/advise';
import { planFollowUps } from '../../../src/core/rules/plan';
import type { Verdict } from '../../../src/core/rules/types';
import { type InterviewerInput, interviewWith, local, settingsWith } from './build';

const mar = (day: number, hour = 0) => new Date(2026, 2 /* Mar */, day, hour);

interface Row {
  situation: string;
  interview?: Partial<InterviewInput>;
  person?: Partial<InterviewerInput>;
  now: Date;
  days: Verdict;
  decision: Verdict;
  /** Words the last reason says under "After the decision". */
  decisionSays: RegExp;
}

const rows: Row[] = [
  {
    situation: 'a hiring manager on day 3, outcome pending',
    now: mar(12, 10),
    days: 'send',
    decision: 'wait',
    decisionSays: /“After the decision”: no invitation while the outcome is pending/,
  },
  {
    situation: 'a recruiter at a company that welcomes connecting: the one exception',
    interview: { connectionPolicy: 'welcome' },
    person: { role: 'recruiter' },
    now: mar(10, 15),
    days: 'send',
    decision: 'send',
    decisionSays: /one exception: Sam is a recruiter and Acme welcomes connecting/,
  },
  {
    situation: 'a recruiter at a company that did not say: held like anyone else',
    person: { role: 'recruiter' },
    now: mar(10, 15),
    days: 'send',
    decision: 'wait',
    decisionSays: /no invitation while the outcome is pending/,
  },
  {
    situation: 'three weeks with no word: still no invitation while the outcome is pending',
    now: mar(30, 10),
    days: 'send',
    decision: 'wait',
    decisionSays: /no invitation while the outcome is pending/,
  },
  {
    situation: 'a rejection recorded: both styles open the window from the outcome',
    interview: { outcome: 'rejected', outcomeAt: local(2026, 2, 11, 16) },
    now: mar(12, 10),
    days: 'send',
    decision: 'send',
    decisionSays: /“After the decision”: the outcome is known, so the window runs from it/,
  },
  {
    situation: 'the company discourages connecting: avoid, whichever the style',
    interview: { connectionPolicy: 'discouraged' },
    now: mar(12, 10),
    days: 'avoid',
    decision: 'avoid',
    decisionSays: /“After the decision”: it does not change this advice/,
  },
  {
    situation: 'an invitation already out: sent, whichever the style',
    person: { invite: { state: 'sent', at: local(2026, 2, 12, 10) } },
    now: mar(13, 10),
    days: 'sent',
    decision: 'sent',
    decisionSays: /it does not change this advice/,
  },
  {
    situation: 'accepted: connected, whichever the style',
    person: { invite: { state: 'accepted', at: local(2026, 2, 12, 10) } },
    now: mar(13, 10),
    days: 'connected',
    decision: 'connected',
    decisionSays: /it does not change this advice/,
  },
];

const adviceFor = (row: Row, timingStyle: TimingStyle) =>
  advise({
    interview: interviewWith(row.interview, row.person),
    interviewerId: 'sam',
    settings: settingsWith({ timingStyle }),
    now: row.now,
  });

describe('the timing style (Settings: "After a few days" or "After the decision")', () => {
  it.each(rows)('$situation', (row) => {
    const days = adviceFor(row, 'days');
    const decision = adviceFor(row, 'decision');
    expect(days.verdict).toBe(row.days);
    expect(decision.verdict).toBe(row.decision);
    expect(decision.reasons.at(-1)?.text).toMatch(row.decisionSays);
  });

  it('every verdict ends with the convention that decided, in both styles', () => {
    for (const row of rows) {
      expect(adviceFor(row, 'days').reasons.at(-1)).toMatchObject({
        code: 'timing-style',
        text: expect.stringMatching(/^Timing style “After a few days”/),
      });
      expect(adviceFor(row, 'decision').reasons.at(-1)).toMatchObject({
        code: 'timing-style',
        text: expect.stringMatching(/^Timing style “After the decision”/),
      });
    }
  });

  it('"After a few days" is the default and is exactly today\'s rules', () => {
    const interview = interviewWith();
    const now = mar(12, 10);
    const byDefault = advise({ interview, interviewerId: 'sam', settings: settingsWith(), now });
    expect(byDefault).toEqual(adviceFor({ ...rows[0]!, now }, 'days'));
    expect(byDefault.reasons.at(-1)?.text).toMatch(/without waiting for the decision/);
  });

  it('"After the decision" leads with the pending decision and sets no date, so no reminder falls due', () => {
    const interview = interviewWith();
    const settings = settingsWith({ timingStyle: 'decision' });
    const advice = advise({ interview, interviewerId: 'sam', settings, now: mar(12, 10) });
    expect(advice.reasons[0]).toMatchObject({
      code: 'decision-pending',
      text: expect.stringMatching(/Acme/),
    });
    expect([advice.opensAt, advice.idealBy, advice.lateAfter]).toEqual([null, null, null]);
    expect(planFollowUps({ interviews: [interview], settings, now: mar(12, 10) })).toEqual([]);
  });

  it('once the outcome is recorded, "After the decision" opens from that moment', () => {
    const interview = interviewWith({ outcome: 'offer', outcomeAt: local(2026, 2, 20, 11) });
    const settings = settingsWith({ timingStyle: 'decision' });
    const advice = advise({ interview, interviewerId: 'sam', settings, now: mar(20, 12) });
    expect(advice.verdict).toBe('send');
    expect(advice.opensAt).toEqual(new Date(2026, 2, 20, 11));
  });
});
