/** Which kind of note fits a given moment (DESIGN.md "Tone of the note that fits"). */
import type { InterviewTimes } from './clock';
import { addDays, earlier } from './dates';
import { POLICY } from './policy';
import type { Tone } from './types';

/**
 * When "no word yet" begins to call for a nudge: a week after the interview, or just after the date they
 * said they would reply by, whichever comes first. Null once the outcome is known.
 *
 * @example
 * nudgeFrom(times) // interview Mon 9 March 14:00, no date given → Mon 16 March 14:00
 */
export function nudgeFrom(times: InterviewTimes): Date | null {
  if (times.interview.outcome !== 'pending') return null;
  const weekLater = addDays(times.at, POLICY.nudgeAfterDays);
  if (!times.replyBy) return weekLater;
  const afterReply = new Date(times.replyBy.getTime() + 1);
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
  const nudge = nudgeFrom(times);
  return nudge && at >= nudge ? 'nudge' : 'thanks';
}
