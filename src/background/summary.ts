/**
 * Advice in the helper card's words: one sentence for the verdict and its window. Dates are the person's
 * local time (the background runs in their time zone), e.g. "Wait until Thursday 12 March, 09:00."
 */
import { format, isSameYear } from 'date-fns';
import type { Advice } from '../core/rules/types';

/** "Friday 13 March", with the year when it is not this year's. */
export function day(date: Date, now: Date): string {
  return format(date, isSameYear(date, now) ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy');
}

/** "Thursday 12 March, 09:00". */
export const dayAndTime = (date: Date, now: Date): string => `${day(date, now)}, ${format(date, 'HH:mm')}`;

/** ", ideally by Friday 13 March" while that day is ahead, else nothing. */
const ideally = (advice: Advice, now: Date): string =>
  advice.idealBy && advice.idealBy > now ? ` — ideally by ${day(advice.idealBy, now)}` : '';

function connectedSummary(advice: Advice, now: Date): string {
  if (!advice.nextTouchAt) return "You're connected: no need to write again for now.";
  if (advice.nextTouchAt <= now) return "You're connected: a short, friendly message would fit now.";
  return `You're connected: a short, friendly message would fit around ${day(advice.nextTouchAt, now)}.`;
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
      return `Send your request now${ideally(advice, now)}.`;
    case 'prepare':
      return `The moment has come: give your own profile a quick polish first, then send${ideally(advice, now)}.`;
    case 'wait':
      return advice.opensAt ? `Wait until ${dayAndTime(advice.opensAt, now)}.` : 'Hold off for now.';
    case 'sent':
      return 'Your request is on its way: leave them time to accept it.';
    case 'connected':
      return connectedSummary(advice, now);
    case 'avoid':
      return 'Better not to send a request for now.';
  }
}
