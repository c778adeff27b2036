/**
 * When a thank-you email is due: by the end of the next working day after the interview (etiquette asks
 * for it within a day, and a Friday interview can wait for Monday). Only for interviewers with an email
 * address in the log and no thank-you marked as sent, and only for a week: after that the moment has
 * passed and the LinkedIn note's tone takes over.
 */
import { addBusinessDays, addDays, endOfDay } from 'date-fns';
import { parseTime } from '../basics';
import type { Interview } from '../model';

/** How long after the interview a missing thank-you email is still worth a reminder. */
const EMAIL_WORTH_DAYS = 7;

export interface ThankYouEmailDue {
  interviewId: string;
  interviewerId: string;
  kind: 'thank-you-email';
  dueAt: Date;
}

/**
 * The thank-you emails still to write at `now`, soonest first.
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
    if (at > now || now > addDays(at, EMAIL_WORTH_DAYS)) continue;
    const dueAt = endOfDay(addBusinessDays(at, 1));
    for (const person of interview.interviewers) {
      if (!person.email || person.thankYouEmailAt) continue;
      due.push({ interviewId: interview.id, interviewerId: person.id, kind: 'thank-you-email', dueAt });
    }
  }
  return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
