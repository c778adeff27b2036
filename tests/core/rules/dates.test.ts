/**
 * The rules' own date helpers do date-fns's local-time arithmetic without its generic argument handling
 * (planFollowUps calls them thousands of times): they must give date-fns's answers to the millisecond,
 * in every time zone the suite runs under, across daylight-saving changes and month ends.
 */
import { addDays as dateFnsAddDays, format, setHours, startOfDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addDays, atHour, earlier, later } from '../../../src/core/rules/dates';
import { timeLabel } from '../../../src/core/rules/reasons';

/** Every 7 hours and 13 minutes through 2026 and into 2027: every day of the year, at many times of day. */
const MOMENTS = Array.from(
  { length: 1300 },
  (_, i) => new Date(new Date(2026, 0, 1).getTime() + i * (7 * 60 + 13) * 60_000 + (i % 1000)),
);

describe('the rules’ date helpers', () => {
  it('addDays gives date-fns’s answer for dates and for times in milliseconds, forwards and back', () => {
    for (const moment of MOMENTS)
      for (const days of [-30, -1, 0, 1, 3, 4, 7, 21, 90]) {
        expect(addDays(moment, days)).toEqual(dateFnsAddDays(moment, days));
        expect(addDays(moment.getTime(), days)).toEqual(dateFnsAddDays(moment.getTime(), days));
      }
  });

  it('addDays returns a new date and leaves its argument alone', () => {
    const moment = new Date(2026, 2, 9, 14);
    const copy = addDays(moment, 0);
    expect(copy).not.toBe(moment);
    expect(moment).toEqual(new Date(2026, 2, 9, 14));
  });

  it('atHour gives date-fns’s setHours(startOfDay(day), hour)', () => {
    for (const moment of MOMENTS)
      for (const hour of [0, 9, 17]) expect(atHour(moment, hour)).toEqual(setHours(startOfDay(moment), hour));
  });

  it('timeLabel writes what format(date, "HH:mm") writes', () => {
    for (const moment of MOMENTS) expect(timeLabel(moment)).toBe(format(moment, 'HH:mm'));
  });

  it('later and earlier return one of their arguments, the first when equal', () => {
    const [a, b] = [new Date(2026, 2, 9), new Date(2026, 2, 9)];
    expect(later(a, b)).toBe(a);
    expect(earlier(a, b)).toBe(a);
    expect(later(a, new Date(2026, 2, 10))).toEqual(new Date(2026, 2, 10));
    expect(earlier(a, new Date(2026, 2, 8))).toEqual(new Date(2026, 2, 8));
  });
});
