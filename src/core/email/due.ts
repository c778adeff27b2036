/**
 * When a thank-you email is due. Etiquette's order (DESIGN.md "The etiquette policy"; issue 14): a short
 * thank-you email within a day of the interview, then the LinkedIn invitation days later. So the email is
 * a follow-up of its own: it falls due once the interview is over, should be sent by the end of the next
 * working day (a Friday interview can wait for Monday), and is worth a reminder for a week; after that
 * the moment has passed and the LinkedIn note's tone takes over. Only for interviewers with an email
 * address in the log and no thank-you marked as sent.
 */
import { addBusinessDays, addDays, endOfDay } from 'date-fns';
import { parseTime } from '../basics';
import type { Interview, Interviewer } from '../model';

/** The log has the interview's start only: an hour later most interviews are over. */
const EMAIL_FROM_HOURS = 1;
/** How long after the interview a missing thank-you email is still worth a reminder. */
const EMAIL_WORTH_DAYS = 7;

/** Why the email comes first, in the person's words (reminders and the follow-up rows say it). */
export const THANK_YOU_EMAIL_WHY =
  'Etiquette asks for a short thank-you email within a day of the interview; the LinkedIn invitation comes days later.';

export interface ThankYouEmailTiming {
  /** When it falls due: an hour after the interview began. */
  from: Date;
  /** Its last good moment: the end of the next working day. */
  by: Date;
  /** After this, no more reminder: a week after the interview. */
  until: Date;
}

/**
 * The thank-you email's times for an interview at `at`.
 *
 * @example
 * thankYouEmailTiming(new Date(2026, 2, 13, 14)) // Friday 14:00
 * // → { from: Fri 13 March 15:00, by: Mon 16 March 23:59:59.999, until: Fri 20 March 14:00 }
 */
export function thankYouEmailTiming(at: Date): ThankYouEmailTiming {
  return {
    from: new Date(at.getTime() + EMAIL_FROM_HOURS * 3_600_000),
    by: endOfDay(addBusinessDays(at, 1)),
    until: addDays(at, EMAIL_WORTH_DAYS),
  };
}

/**
 * The thank-you email to `person` as a follow-up at `now`, or null: no address, already marked as sent,
 * or more than a week after the interview. An interview still ahead gives one that is not yet due.
 *
 * @example thankYouEmailFollowUp(mondayAt14, sam, tuesdayAt9) // → { from: Mon 15:00, by: Tue 23:59:59.999, … }
 */
export function thankYouEmailFollowUp(at: Date, person: Interviewer, now: Date): ThankYouEmailTiming | null {
  if (!person.email || person.thankYouEmailAt) return null;
  // Most interviews of a long log are weeks old: their week is checked before any other date is made.
  if (now > addDays(at, EMAIL_WORTH_DAYS)) return null;
  return thankYouEmailTiming(at);
}

export interface ThankYouEmailDue {
  interviewId: string;
  interviewerId: string;
  kind: 'thank-you-email';
  /** Its last good moment (the calendar's event time): the end of the next working day. */
  dueAt: Date;
}

/**
 * The thank-you emails still to write at `now` (the interview has begun), by their last good moment,
 * soonest first. Skipped and snoozed people are left to planFollowUps(), which holds every follow-up.
 *
 * @example
 * thankYouEmailsDue({ interviews, now: new Date(2026, 2, 9, 16) })
 * // interview Mon 9 March 14:00 → [{ interviewerId: 'sam', kind: 'thank-you-email', dueAt: Tue 10 March 23:59:59.999 }]
 */
export function thankYouEmailsDue({
  interviews,
  now,
}: {
  interviews: Interview[];
  now: Date;
}): ThankYouEmailDue[] {
  const due: ThankYouEmailDue[] = [];
  for (const interview of interviews) {
    const at = parseTime(interview.at);
    if (at > now) continue;
    for (const person of interview.interviewers) {
      const timing = thankYouEmailFollowUp(at, person, now);
      if (timing)
        due.push({
          interviewId: interview.id,
          interviewerId: person.id,
          kind: 'thank-you-email',
          dueAt: timing.by,
        });
    }
  }
  return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
