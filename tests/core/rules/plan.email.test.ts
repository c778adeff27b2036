/**
 * The thank-you email in planFollowUps(): etiquette asks for it within a day of the interview, before
 * the LinkedIn invitation, so it is a follow-up of its own: due an hour after the interview began, by the
 * end of the next working day, reminded of for a week, and held by the same Snooze and Skip as the
 * person's other follow-ups. Interviews are at local times, so every assertion holds in each zone.
 */
import { describe, expect, it } from 'vitest';
import { actionableNow, deadlineOf, isOverdue } from '../../../src/core/rules/hold';
import { planFollowUps } from '../../../src/core/rules/plan';
import type { FollowUp } from '../../../src/core/rules/types';
import { interviewWith, local, settingsWith } from './build';

/** A local time in March 2026. */
const mar = (day: number, hour = 0, minute = 0, second = 0, ms = 0) =>
  new Date(2026, 2, day, hour, minute, second, ms);
const settings = settingsWith();
const SAM = { email: 'sam@acme.example' };

const plan = (person: object, now: Date, at = local(2026, 2, 9, 14)) =>
  planFollowUps({ interviews: [interviewWith({ at }, { ...SAM, ...person })], settings, now });
const emails = (items: FollowUp[]) => items.filter((item) => item.kind === 'thank-you-email');

describe('planFollowUps(): the thank-you email', () => {
  it('is due an hour after a Monday 14:00 interview, by the end of Tuesday, before the invitation', () => {
    const items = plan({}, mar(9, 16));
    expect(items.map(({ kind, dueAt, by }) => ({ kind, dueAt, by }))).toEqual([
      { kind: 'thank-you-email', dueAt: mar(9, 15), by: mar(10, 23, 59, 59, 999) },
      { kind: 'connect', dueAt: mar(12, 9), by: undefined },
    ]);
    expect(items[0]).toMatchObject({ interviewId: 'acme', interviewerId: 'sam' });
    expect(items[0]?.advice.verdict).toBe('wait');
  });

  it('counts in the badge once due, and not while the interview is still on', () => {
    expect(actionableNow(plan({}, mar(9, 14, 30)), mar(9, 14, 30))).toEqual([]);
    expect(emails(plan({}, mar(9, 14, 30)))).toHaveLength(1);
    expect(actionableNow(plan({}, mar(9, 15)), mar(9, 15)).map((item) => item.kind)).toEqual([
      'thank-you-email',
    ]);
  });

  it('is in the plan, not yet due, for an interview still ahead', () => {
    const [email] = emails(plan({}, mar(6, 12)));
    expect(email?.dueAt).toEqual(mar(9, 15));
    expect(actionableNow(plan({}, mar(6, 12)), mar(6, 12))).toEqual([]);
  });

  it('after a Friday interview may wait until the end of Monday', () => {
    const [email] = emails(plan({}, mar(13, 17), local(2026, 2, 13, 14)));
    expect(email?.by).toEqual(mar(16, 23, 59, 59, 999));
  });

  it('is overdue after the end of the next working day, and its deadline says when', () => {
    const [late] = emails(plan({}, mar(11, 9)));
    expect(late && deadlineOf(late.kind, late.advice, late.dueAt, late.by)).toEqual(mar(10, 23, 59, 59, 999));
    expect(late && isOverdue(late, mar(11, 9))).toBe(true);
    const [onTime] = emails(plan({}, mar(10, 20)));
    expect(onTime && isOverdue(onTime, mar(10, 20))).toBe(false);
  });

  it('stops being reminded of a week after the interview', () => {
    expect(emails(plan({}, mar(16, 13)))).toHaveLength(1);
    expect(emails(plan({}, mar(16, 15)))).toEqual([]);
  });

  it('is not planned without an address, or once marked as sent', () => {
    expect(emails(plan({ email: undefined }, mar(9, 16)))).toEqual([]);
    expect(emails(plan({ thankYouEmailAt: local(2026, 2, 9, 18) }, mar(10, 9)))).toEqual([]);
  });

  it('waits for a snooze like the person’s other follow-ups, and a skipped person gets none', () => {
    const snoozed = plan({ followUp: { snoozedUntil: local(2026, 2, 10, 9) } }, mar(9, 16));
    expect(emails(snoozed)[0]?.dueAt).toEqual(mar(10, 9));
    expect(actionableNow(snoozed, mar(9, 16))).toEqual([]);
    expect(plan({ followUp: { skippedAt: local(2026, 2, 9, 16) } }, mar(9, 16))).toEqual([]);
  });

  it('stands beside a LinkedIn follow-up that is due too, the email first', () => {
    // A recruiter's window opens a full day after the interview: both are due on Tuesday at 15:00.
    const items = plan({ role: 'recruiter' }, mar(10, 15));
    expect(actionableNow(items, mar(10, 15)).map((item) => item.kind)).toEqual([
      'thank-you-email',
      'connect',
    ]);
  });

  it('comes for each interviewer with an address, in the log’s order', () => {
    const interview = interviewWith({
      interviewers: [
        { id: 'sam', name: 'Sam Ortiz', email: 'sam@acme.example' },
        { id: 'ana', name: 'Ana Ruiz' },
        { id: 'bo', name: 'Bo Li', email: 'bo@acme.example' },
      ],
    });
    const items = planFollowUps({ interviews: [interview], settings, now: mar(9, 16) });
    expect(emails(items).map((item) => item.interviewerId)).toEqual(['sam', 'bo']);
  });
});
