/**
 * The person's hand on the plan: Skip, Snooze, each follow-up's deadline and what the badge counts.
 * Dates are local (Tuesday 10 March 2026 at 15:00), so the table holds in every time zone.
 */
import { describe, expect, it } from 'vitest';
import { type Interview, InterviewSchema } from '../../../src/core/model';
import { actionableNow, deadlineOf, isOverdue, snoozeUntil } from '../../../src/core/rules/hold';
import { planFollowUps } from '../../../src/core/rules/plan';
import { local, settingsWith } from './build';

const mar = (day: number, hour = 0, minute = 0) => new Date(2026, 2 /* Mar */, day, hour, minute);
const NOW = mar(10, 15);
const settings = settingsWith();

/** Interviewed Thursday 5 March: a recruiter's window opened Friday 6 March at 09:00. */
const withPerson = (person: Record<string, unknown>): Interview[] => [
  InterviewSchema.parse({
    id: 'acme',
    company: 'Acme',
    role: 'Designer',
    at: local(2026, 2, 5, 14),
    interviewers: [{ id: 'dana', name: 'Dana Lee', role: 'recruiter', ...person }],
  }),
];

describe('snoozeUntil(): when a follow-up comes back', () => {
  it.each([
    ['tomorrow', mar(11, 9)],
    ['next-week', mar(16, 9)],
    ['2026-03-20', mar(20, 9)],
  ])('%s → 09:00 on its day', (choice, expected) => {
    expect(snoozeUntil(choice, NOW)).toEqual(expected);
  });

  it.each([['2026-03-10'], ['2026-03-01'], ['next month'], ['2026-02-31x']])(
    'refuses %s: not a day after now',
    (choice) => {
      expect(snoozeUntil(choice, NOW)).toBeNull();
    },
  );
});

describe('the plan with the person’s hand on it', () => {
  it('a due connect is due, and counted by the badge', () => {
    const plan = planFollowUps({ interviews: withPerson({}), settings, now: NOW });
    expect(plan.map((item) => item.kind)).toEqual(['connect']);
    expect(actionableNow(plan, NOW)).toHaveLength(1);
  });

  it('a snoozed one is due when the snooze ends, and is not counted until then', () => {
    const interviews = withPerson({ followUp: { snoozedUntil: mar(11, 9).toISOString() } });
    const plan = planFollowUps({ interviews, settings, now: NOW });
    expect(plan[0]?.dueAt).toEqual(mar(11, 9));
    expect(actionableNow(plan, NOW)).toHaveLength(0);
    expect(actionableNow(planFollowUps({ interviews, settings, now: mar(11, 9) }), mar(11, 9))).toHaveLength(
      1,
    );
  });

  it('a snooze that ended long ago changes nothing', () => {
    const interviews = withPerson({ followUp: { snoozedUntil: mar(1, 9).toISOString() } });
    const unheld = planFollowUps({ interviews: withPerson({}), settings, now: NOW })[0]?.dueAt;
    expect(planFollowUps({ interviews, settings, now: NOW })[0]?.dueAt).toEqual(unheld);
  });

  it('a skipped person has no follow-up at all, and undoing the skip brings it back', () => {
    const skipped = withPerson({ followUp: { skippedAt: mar(9, 9).toISOString() } });
    expect(planFollowUps({ interviews: skipped, settings, now: NOW })).toEqual([]);
    expect(planFollowUps({ interviews: withPerson({ followUp: {} }), settings, now: NOW })).toHaveLength(1);
  });
});

describe('deadlines, and what is overdue', () => {
  it('a connect is due by its ideal day (Tuesday 10 March, 14:00); past it, it is overdue', () => {
    const early = planFollowUps({ interviews: withPerson({}), settings, now: mar(8, 9) })[0]!;
    expect(deadlineOf(early.kind, early.advice, early.dueAt)).toEqual(mar(10, 14));
    expect(isOverdue(early, mar(8, 9))).toBe(false);
    const late = planFollowUps({ interviews: withPerson({}), settings, now: NOW })[0]!;
    expect(isOverdue(late, NOW)).toBe(true);
  });

  it('a check-in has a week of grace after it falls due', () => {
    const dueAt = mar(2, 9);
    const advice = {
      verdict: 'connected' as const,
      opensAt: null,
      idealBy: null,
      lateAfter: null,
      nextTouchAt: dueAt,
      tone: 'thanks' as const,
      reasons: [],
    };
    expect(deadlineOf('check-in', advice, dueAt)).toEqual(mar(9, 9));
    const item = { interviewId: 'a', interviewerId: 'b', kind: 'check-in' as const, dueAt, advice };
    expect(isOverdue(item, mar(8, 9))).toBe(false);
    expect(isOverdue(item, NOW)).toBe(true);
  });
});
