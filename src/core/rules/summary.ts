/**
 * The verdict in one sentence, the same on every surface (popup, helper card, Follow-ups, notifications).
 * Dates are the person's local time in the one style the reasons use, e.g. "Thursday 12 March, 09:00".
 */

import { dayLabel, timeLabel } from './reasons';
import type { Advice } from './types';

/** "Thursday 12 March, 09:00". */
export const dayAndTime = (date: Date, now: Date): string => `${dayLabel(date, now)}, ${timeLabel(date)}`;

/** The timing part of a "send" sentence: when it is ideal, or that it is late and the note must say when you met. */
function sendTiming(advice: Advice, now: Date): string {
  if (advice.lateAfter && now > advice.lateAfter) return ': it is late now, so remind them when you met';
  if (advice.idealBy && advice.idealBy > now) return ` — ideally by ${dayLabel(advice.idealBy, now)}`;
  return advice.idealBy ? ': the ideal days have passed, so don’t wait longer' : '';
}

function connectedSummary(advice: Advice, now: Date): string {
  if (!advice.nextTouchAt) return "You're connected: no need to write again for now.";
  if (advice.nextTouchAt <= now) return "You're connected: a short, friendly message would fit now.";
  return `You're connected: a short, friendly message would fit around ${dayLabel(advice.nextTouchAt, now)}.`;
}

/** Why not, in the sentence itself: they declined, or the company asked candidates to wait. */
function avoidSummary(advice: Advice): string {
  const codes = advice.reasons.map((reason) => reason.code);
  if (codes.includes('declined')) return 'They declined your invitation: let it rest.';
  if (codes.includes('policy-discouraged'))
    return 'The company asked candidates not to connect while it decides: wait for its answer.';
  return 'Better not to send a request for now.';
}

/**
 * One plain sentence for the verdict and its timing.
 *
 * @example summarise({ verdict: 'send', idealBy: new Date(2026, 2, 13, 9), … }, new Date(2026, 2, 10, 12))
 * // "Send your request now — ideally by Friday 13 March."
 */
export function summarise(advice: Advice, now: Date): string {
  switch (advice.verdict) {
    case 'send':
      return `Send your request now${sendTiming(advice, now)}.`;
    case 'prepare':
      return `The moment has come: give your own profile a quick polish first, then send${sendTiming(advice, now)}.`;
    case 'wait':
      return advice.opensAt ? `Wait until ${dayAndTime(advice.opensAt, now)}.` : 'Hold off for now.';
    case 'sent':
      return 'Your request is on its way: leave them time to accept it.';
    case 'connected':
      return connectedSummary(advice, now);
    case 'avoid':
      return avoidSummary(advice);
  }
}
