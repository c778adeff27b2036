/** Free accounts get a few personalised notes a month; when LinkedIn showed none left, say what to do. */
import { addMonths, startOfMonth } from 'date-fns';
import type { Settings } from '../model';
import { type CodedReason, dayLabel, reason, type Voice } from './reasons';
import type { ConnectWindow } from './window';

/**
 * The reason to give when a free account has no personalised notes left this month, or null. The month
 * LinkedIn showed the count in is the one that counts: once the next has begun, new notes have arrived.
 *
 * @example
 * quotaReason(settings, window, voice)
 * // → "Your free personalised notes for this month are used up: you can send the invitation without a
 * //    note and thank Dana by message once they accept, or wait for new notes on Wednesday 1 April, …"
 */
export function quotaReason(settings: Settings, window: ConnectWindow, voice: Voice): CodedReason | null {
  const quota = settings.noteQuota;
  if (settings.accountTier !== 'free' || !quota || quota.remaining > 0) return null;
  const renews = renewalOf(quota.seenAt);
  if (voice.now >= renews) return null;
  const used = 'Your free personalised notes for this month are used up';
  const day = dayLabel(renews, voice.now);
  if (renews <= window.opensAt) {
    return reason('quota-empty', `${used}, but new ones arrive on ${day}, before your window opens.`);
  }
  let waiting = '';
  if (renews <= window.idealBy) waiting = `, or wait for new notes on ${day}, still in good time`;
  else if (renews <= window.lateAfter)
    waiting = `, or wait for new notes on ${day}, past the best moment but not late`;
  return reason(
    'quota-empty',
    `${used}: you can send the invitation without a note and thank ${voice.first} by message once they accept${waiting}.`,
  );
}

/** The last `seenAt` and its renewal: a plan asks for the same one for every interviewer of a large log. */
let lastRenewal: { seenAt: string; renews: Date } | null = null;

/**
 * The first day of the month after the one LinkedIn showed the count in: when new notes arrive.
 *
 * @example renewalOf('2026-03-09T10:00:00Z') // → Wed 1 April 2026, 00:00 local
 */
function renewalOf(seenAt: string): Date {
  if (lastRenewal?.seenAt !== seenAt)
    lastRenewal = { seenAt, renews: startOfMonth(addMonths(new Date(seenAt), 1)) };
  return lastRenewal.renews;
}
