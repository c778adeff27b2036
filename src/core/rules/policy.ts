/**
 * The etiquette policy as numbers (DESIGN.md "The etiquette policy"). Every other rules file reads its
 * timings from here, so changing the policy is changing one table.
 */
import type { Culture, InterviewerRole } from '../model';

/** Days after the interview on which the window opens, by the interviewer's role. */
export const ROLE_OPEN_DAYS: Readonly<Record<InterviewerRole, number>> = {
  recruiter: 1,
  'hiring-manager': 3,
  panel: 3,
  other: 3,
  executive: 4,
};

/** Days added to the role's opening day by the company's culture (the result is never below 1). */
export const CULTURE_SHIFT_DAYS: Readonly<Record<Culture, number>> = { formal: 2, neutral: 0, relaxed: -2 };

export const POLICY = {
  /** A window opens at this local hour on its day... */
  openHour: 9,
  /** ...and never sooner than this many hours after the interview. */
  minHoursAfterInterview: 24,
  earliestOpenDay: 1,
  idealDays: 4,
  lateDays: 21,
  /** Waiting for the date they gave never pushes the window past this many days after the interview. */
  replyByCapDays: 14,
  outcomeIdealDays: 7,
  outcomeLateDays: 30,
  /** No word this many days after the interview: the note becomes a gentle reminder of interest. */
  nudgeAfterDays: 7,
  /** An invitation pending this long may never be accepted. */
  pendingLongDays: 21,
  /** LinkedIn can block a new invitation to someone for up to three weeks after a withdrawal. */
  withdrawCooldownDays: 21,
  firstTouchDays: 7,
  checkInDays: 90,
  /** Never message a connection again sooner than this after the last message. */
  messageGapDays: 30,
  /** This many messages in a row without a reply and we stop suggesting more. */
  unansweredMessagesToStop: 2,
} as const;

export const HOUR_MS = 3_600_000;
