/**
 * The person's own hand on the plan, as pure rules (`now` always passed in): skip a person, snooze a
 * follow-up, each follow-up's deadline, whether it is overdue, and what counts as actionable today.
 */
import { addDays, isValid, nextMonday, parseISO, set } from 'date-fns';
import type { Interviewer } from '../model';
import { later } from './dates';
import type { Advice, FollowUp, FollowUpKind } from './types';

/** A check-in has a week's grace after it falls due before it counts as overdue. */
const CHECK_IN_GRACE_DAYS = 7;

/** 09:00 local on `date`'s day: reminders come at the start of a working day, like the windows. */
const nineOn = (date: Date): Date => set(date, { hours: 9, minutes: 0, seconds: 0, milliseconds: 0 });

/**
 * When a snoozed follow-up comes back: tomorrow and next week at 09:00 (next week is next Monday), or a
 * chosen day (`YYYY-MM-DD`) at 09:00. Null for a day that is not after `now`, or not a day at all.
 *
 * @example snoozeUntil('tomorrow', new Date(2026, 2, 10, 15)) // → Wed 11 March 2026, 09:00
 * @example snoozeUntil('2026-03-20', new Date(2026, 2, 10, 15)) // → Fri 20 March 2026, 09:00
 */
export function snoozeUntil(choice: 'tomorrow' | 'next-week' | string, now: Date): Date | null {
  if (choice === 'tomorrow') return nineOn(addDays(now, 1));
  if (choice === 'next-week') return nineOn(nextMonday(now));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(choice)) return null;
  const day = nineOn(parseISO(choice));
  return isValid(day) && day > now ? day : null;
}

/** Skipped: the person chose not to follow up with this interviewer at all. */
export const isSkipped = (person: Interviewer): boolean => Boolean(person.followUp?.skippedAt);

/**
 * The due time once a snooze is counted: never before the moment the person put it off until.
 *
 * @example heldDue(mar10, { followUp: { snoozedUntil: '2026-03-12T09:00:00Z' } }) // → 12 March, 09:00 UTC
 */
export function heldDue(dueAt: Date, person: Interviewer): Date {
  const until = person.followUp?.snoozedUntil;
  if (!until) return dueAt;
  const at = new Date(until);
  return Number.isNaN(at.getTime()) ? dueAt : later(at, dueAt);
}

/**
 * The last good moment for a follow-up: a connection request ideally by `idealBy`, a nudge before the
 * note must become a re-introduction, a check-in a week after it fell due, a thank-you email by its `by`
 * (the end of the next working day). Null when there is none.
 *
 * @example deadlineOf('connect', advice, dueAt) // → advice.idealBy
 * @example deadlineOf('thank-you-email', advice, dueAt, by) // → by
 */
export function deadlineOf(kind: FollowUpKind, advice: Advice, dueAt: Date, by?: Date): Date | null {
  if (kind === 'thank-you-email') return by ?? null;
  if (kind === 'check-in') return addDays(dueAt, CHECK_IN_GRACE_DAYS);
  if (kind === 'nudge') return advice.lateAfter ?? advice.idealBy;
  return advice.idealBy;
}

/** Past its deadline: the row stands out, and its words say it is late. */
export const isOverdue = (item: FollowUp, now: Date): boolean => {
  const deadline = deadlineOf(item.kind, item.advice, item.dueAt, item.by);
  return deadline !== null && deadline < now;
};

/**
 * What the badge counts: the follow-ups due by `now` (snoozed ones come back on their day, skipped
 * people and pending invitations are never in the plan).
 *
 * @example actionableNow(planFollowUps({ interviews, settings, now }), now).length // → the badge's number
 */
export const actionableNow = <T extends { dueAt: Date | string }>(plan: readonly T[], now: Date): T[] =>
  plan.filter((item) => new Date(item.dueAt).getTime() <= now.getTime());
