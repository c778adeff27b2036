/** How many personalised notes a free account has left this month. */
import { isSameMonth, startOfMonth } from 'date-fns';
import type { Interview, Settings } from '../model';

/** Invitations with a note sent from `since` up to `now`: each used one of the month's notes. */
function notesSentBetween(interviews: readonly Interview[], since: Date, now: Date): number {
  let sent = 0;
  for (const interview of interviews) {
    for (const person of interview.interviewers) {
      const { state, at, note } = person.invite;
      if (state === 'none' || !at || !note?.trim()) continue;
      const time = Date.parse(at);
      if (time >= since.getTime() && time <= now.getTime()) sent++;
    }
  }
  return sent;
}

/**
 * Notes left this month: LinkedIn's own "N remaining" when its dialog showed it this month (less the notes
 * sent since), else the allowance in Settings less the notes sent since the 1st. Null on Premium: no limit.
 *
 * @example
 * notesLeft(interviews, settings, new Date(2026, 2, 20)) // 5 a month, two notes sent since 1 March → 3
 */
export function notesLeft(interviews: readonly Interview[], settings: Settings, now: Date): number | null {
  if (settings.accountTier === 'premium') return null;
  const quota = settings.noteQuota;
  if (quota && isSameMonth(new Date(quota.seenAt), now)) {
    // The count LinkedIn showed already includes what was sent before it; only later sends lower it.
    const after = new Date(Date.parse(quota.seenAt) + 1);
    return Math.max(0, quota.remaining - notesSentBetween(interviews, after, now));
  }
  return Math.max(0, settings.notesPerMonth - notesSentBetween(interviews, startOfMonth(now), now));
}
