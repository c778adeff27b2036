/**
 * Windows are counted in calendar days, so 09:00 stays 09:00 local across a clock change. The dates are
 * the United States' changes of 2026 (8 March, 1 November); under TZ=America/New_York the clocks really
 * move, and the assertions are written to hold in every time zone the suite runs under.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../../src/core/rules/advise';
import { interviewWith, local, settingsWith } from './build';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The real time between two local times: the naive difference, corrected by any change of UTC offset. */
const realElapsed = (from: Date, to: Date, naiveHours: number) =>
  naiveHours * HOUR + (to.getTimezoneOffset() - from.getTimezoneOffset()) * MINUTE;

describe('a daylight-saving week', () => {
  it('opens at 09:00 local on Monday after a Friday interview, though the clocks sprang forward on Sunday', () => {
    const interview = interviewWith({ at: local(2026, 2 /* Mar */, 6, 14) });
    const advice = advise({
      interview,
      interviewerId: 'sam',
      settings: settingsWith(),
      now: new Date(2026, 2, 7),
    });
    const opensAt = advice.opensAt!;

    expect(opensAt).toEqual(new Date(2026, 2, 9, 9));
    expect(opensAt.getDay()).toBe(1 /* Monday */);
    expect(opensAt.getHours()).toBe(9);
    expect(advice.idealBy!.getHours()).toBe(9);
    expect(advice.lateAfter!.getHours()).toBe(14);
    // Friday 14:00 to Monday 09:00 is 67 hours on the wall clock; in New York one of them never happened.
    const interviewAt = new Date(interview.at);
    expect(opensAt.getTime() - interviewAt.getTime()).toBe(realElapsed(interviewAt, opensAt, 67));
  });

  it('keeps "best sent by" at 09:00 when the change falls inside the window', () => {
    const interview = interviewWith({ at: local(2026, 2, 2, 14) });
    const advice = advise({
      interview,
      interviewerId: 'sam',
      settings: settingsWith(),
      now: new Date(2026, 2, 6),
    });

    expect(advice.opensAt).toEqual(new Date(2026, 2, 5, 9));
    expect(advice.idealBy).toEqual(new Date(2026, 2, 9, 9));
    expect(advice.idealBy!.getHours()).toBe(9);
  });

  it('waits a full 24 real hours after a Saturday interview, even across the missing hour', () => {
    const interview = interviewWith({ at: local(2026, 2, 7, 10) }, { role: 'recruiter' });
    const advice = advise({
      interview,
      interviewerId: 'sam',
      settings: settingsWith(),
      now: new Date(2026, 2, 8),
    });

    expect(advice.opensAt!.getTime() - new Date(interview.at).getTime()).toBe(24 * HOUR);
    expect(advice.verdict).toBe('wait');
  });

  it('keeps 09:00 local when the clocks fall back in November', () => {
    const interview = interviewWith({ at: local(2026, 9 /* Oct */, 30, 14) });
    const advice = advise({
      interview,
      interviewerId: 'sam',
      settings: settingsWith(),
      now: new Date(2026, 10, 1),
    });

    expect(advice.opensAt).toEqual(new Date(2026, 10 /* Nov */, 2, 9));
    expect(advice.opensAt!.getHours()).toBe(9);
    expect(advice.idealBy).toEqual(new Date(2026, 10, 6, 9));
  });

  it('moves a weekend opening to 09:00 on Monday, the day after the change', () => {
    const interview = interviewWith({ at: local(2026, 2, 5, 11), culture: 'relaxed' }, { role: 'executive' });
    const advice = advise({
      interview,
      interviewerId: 'sam',
      settings: settingsWith({ weekdaysOnly: true }),
      now: new Date(2026, 2, 6),
    });
    // An executive at a relaxed company: day 2, Saturday 7 March, which weekdays-only moves to Monday.
    expect(advice.opensAt).toEqual(new Date(2026, 2, 9, 9));
    expect(advice.opensAt!.getHours()).toBe(9);
  });
});
