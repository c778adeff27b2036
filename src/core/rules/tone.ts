/** Which kind of note fits a given moment (DESIGN.md "Tone of the note that fits"). */

import { addDays, earlier } from './dates';
import type { InterviewTimes } from './interview-times';
import { POLICY } from './policy';
import type { Tone } from './types';

/**
 * When "no word yet" begins to call for a nudge: a week after the interview, or just after the date they
 * said they would reply by, whichever comes first. Null once the outcome is known. readTimes() works it
 * out once per interview (`times.nudgeAt`): every interviewer's tone and follow-up reads it.
 *
 * @example
 * nudgeFrom({ at, replyBy: null, pending: true }) // interview Mon 9 March 14:00, no date given → Mon 16 March 14:00
 */
export function nudgeFrom({
  at,
  replyBy,
  pending,
}: {
  at: Date;
  replyBy: Date | null;
  pending: boolean;
}): Date | null {
  if (!pending) return null;
  const weekLater = addDays(at, POLICY.nudgeAfterDays);
  if (!replyBy) return weekLater;
  const afterReply = new Date(replyBy.getTime() + 1);
  return earlier(afterReply, weekLater);
}

/**
 * The tone of a note sent at `at`. An offer is always welcomed; past `lateAfter` the note re-introduces
 * the person; a rejection or withdrawal calls for grace; no word for a while calls for a gentle nudge;
 * otherwise it is thanks.
 *
 * @example
 * toneAt(times, new Date(2026, 2, 12, 9), new Date(2026, 2, 30, 14)) // → 'thanks'
 */
export function toneAt(times: InterviewTimes, at: Date, lateAfter: Date | null): Tone {
  const { outcome } = times.interview;
  if (outcome === 'offer') return 'welcome';
  if (lateAfter && at > lateAfter) return 'late';
  if (outcome === 'rejected' || outcome === 'withdrawn') return 'gracious';
  const nudge = times.nudgeAt;
  return nudge && at >= nudge ? 'nudge' : 'thanks';
}
