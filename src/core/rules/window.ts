/**
 * When sending a connection request fits: the window's opening, its ideal end and the point after which a
 * note must re-introduce the person. Days are calendar days in local time (date-fns `addDays`), so a
 * window keeps opening at 09:00 local across daylight-saving changes.
 */
import { isWeekend, nextMonday } from 'date-fns';
import type { Culture, Interviewer, InterviewerRole, Outcome, Settings } from '../model';
import { addDays, atHour, earlier, later } from './dates';
import type { InterviewTimes } from './interview-times';
import { CULTURE_SHIFT_DAYS, HOUR_MS, POLICY, ROLE_OPEN_DAYS } from './policy';

/** One thing that shaped the window; each becomes a reason. */
export type WindowStep =
  | { code: 'window-role'; role: InterviewerRole }
  | { code: 'window-culture'; culture: Culture }
  | { code: 'full-day' }
  | { code: 'reply-by'; replyBy: Date; capped: boolean }
  | { code: 'outcome-known'; outcome: Exclude<Outcome, 'pending'> }
  | { code: 'withdrawn-cooldown'; withdrawnAt: Date }
  | { code: 'thanked-by-email'; emailedAt: Date }
  | { code: 'weekend' };

export interface ConnectWindow {
  opensAt: Date;
  idealBy: Date;
  lateAfter: Date;
  /** What shaped the window, the step that set `opensAt` first. */
  steps: WindowStep[];
}

interface Draft {
  opensAt: Date;
  idealDays: number;
  lateAfter: Date;
  decisive: WindowStep;
  others: WindowStep[];
}

/** 09:00 local on the day of `day`. */
export const nineOn = (day: Date): Date => atHour(day, POLICY.openHour);

/**
 * The opening `days` calendar days after an interview: 09:00 local that day, but never sooner than a full
 * 24 hours after the interview.
 *
 * @example
 * openingAfter(new Date(2026, 2, 9, 14), 1) // → Tue 10 March 14:00 (09:00 would be under 24 hours)
 * openingAfter(new Date(2026, 2, 9, 14), 3) // → Thu 12 March 09:00
 */
export function openingAfter(at: Date, days: number): Date {
  return later(nineOn(addDays(at, days)), fullDayAfter(at));
}

/** A full day after the interview: no window opens sooner. */
const fullDayAfter = (at: Date): Date => new Date(at.getTime() + POLICY.minHoursAfterInterview * HOUR_MS);

/**
 * The window for one interviewer, before any verdict: by role, culture and the date they gave while the
 * outcome is pending, from the outcome once it is known; then a withdrawn invitation's cooldown, a sent
 * thank-you email and the weekdays-only preference. Always `opensAt ≤ idealBy ≤ lateAfter`.
 */
export function connectWindow(times: InterviewTimes, person: Interviewer, settings: Settings): ConnectWindow {
  const draft = times.outcomeAt ? afterOutcome(times, times.outcomeAt) : afterInterview(times, person.role);
  if (person.invite.state === 'withdrawn' && person.invite.at) {
    const withdrawnAt = new Date(person.invite.at);
    moveTo(draft, addDays(withdrawnAt, POLICY.withdrawCooldownDays), {
      code: 'withdrawn-cooldown',
      withdrawnAt,
    });
  }
  // The etiquette's order is a thank-you email within a day, then the invitation days later. Once the
  // email has gone, the invitation never lands on the same day as it: the window opens no sooner than
  // 09:00 the day after the email, so the person is not thanked twice in one day.
  if (person.thankYouEmailAt) {
    const emailedAt = new Date(person.thankYouEmailAt);
    moveTo(draft, nineOn(addDays(emailedAt, 1)), { code: 'thanked-by-email', emailedAt });
  }
  if (settings.weekdaysOnly && isWeekend(draft.opensAt)) {
    moveTo(draft, nineOn(nextMonday(draft.opensAt)), { code: 'weekend' });
  }
  const lateAfter = later(draft.lateAfter, draft.opensAt);
  const ideal = addDays(draft.opensAt, draft.idealDays);
  return {
    opensAt: draft.opensAt,
    idealBy: earlier(ideal, lateAfter),
    lateAfter,
    steps: [draft.decisive, ...draft.others],
  };
}

function afterInterview(times: InterviewTimes, role: InterviewerRole): Draft {
  const { at, interview } = times;
  const days = Math.max(POLICY.earliestOpenDay, ROLE_OPEN_DAYS[role] + CULTURE_SHIFT_DAYS[interview.culture]);
  // openingAfter(at, days), with its 09:00 kept: whether the full day moved it is a reason of its own.
  const nine = nineOn(addDays(at, days));
  const opensAt = later(nine, fullDayAfter(at));
  const draft: Draft = {
    opensAt,
    idealDays: POLICY.idealDays,
    lateAfter: addDays(at, POLICY.lateDays),
    decisive: { code: 'window-role', role },
    others: [],
  };
  // Only when the culture moved the day: a relaxed company cannot bring a recruiter's day 1 sooner.
  if (days !== ROLE_OPEN_DAYS[role])
    draft.others.push({ code: 'window-culture', culture: interview.culture });
  if (opensAt > nine) draft.others.push({ code: 'full-day' });
  if (times.replyBy) {
    const afterReply = nineOn(addDays(times.replyBy, 1));
    const cap = openingAfter(at, POLICY.replyByCapDays);
    const capped = afterReply > cap;
    moveTo(draft, capped ? cap : afterReply, { code: 'reply-by', replyBy: times.replyBy, capped });
  }
  return draft;
}

function afterOutcome(times: InterviewTimes, outcomeAt: Date): Draft {
  const earliest = openingAfter(times.at, POLICY.earliestOpenDay);
  const opensAt = later(outcomeAt, earliest);
  const outcome = times.interview.outcome as Exclude<Outcome, 'pending'>;
  return {
    opensAt,
    idealDays: POLICY.outcomeIdealDays,
    lateAfter: addDays(opensAt, POLICY.outcomeLateDays),
    decisive: { code: 'outcome-known', outcome },
    others: [],
  };
}

/** Moves the opening later (never earlier); the step that moved it becomes the decisive reason. */
function moveTo(draft: Draft, opensAt: Date, step: WindowStep): void {
  if (opensAt <= draft.opensAt) return;
  draft.others.unshift(draft.decisive);
  draft.decisive = step;
  draft.opensAt = opensAt;
}
