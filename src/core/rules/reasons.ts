/**
 * Reason codes and the helpers every reason sentence uses. Codes are stable (tests and the UI rely on
 * them); the sentences are the product's own words and may change.
 */
import { format } from 'date-fns';
import { firstName as greetingName } from '../notes/names';
import type { Reason } from './types';

/** Every code a reason can carry. */
export const REASON_CODES = [
  // Why not at all
  'policy-discouraged',
  'declined',
  // An invitation is waiting
  'pending',
  'pending-long',
  // Connected
  'connected-first-touch',
  'check-in',
  'recent-message',
  'over-messaged',
  // What shaped the window
  'window-role',
  'window-culture',
  'full-day',
  'reply-by',
  'outcome-known',
  'withdrawn-cooldown',
  'thanked-by-email',
  'weekend',
  // The timing style: "After the decision" holds the invitation while the outcome is pending
  'decision-pending',
  // Before sending
  'profile-incomplete',
  'profile-unknown',
  'quota-empty',
  // The note's tone
  'nudge',
  'late',
  // Which convention decided (always the last reason)
  'timing-style',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export interface CodedReason extends Reason {
  code: ReasonCode;
}

/** What a sentence needs to speak of this person at this moment. */
export interface Voice {
  first: string;
  company: string;
  now: Date;
}

export const reason = (code: ReasonCode, text: string): CodedReason => ({ code, text });

/** The person's first name, as a note or a reason addresses them. */
/** How reasons name the person: as the notes greet them (titles dropped, CJK names whole). */
export const firstName = (name: string): string => greetingName(name) ?? name.trim();

/**
 * A day as people say it: "Thursday 12 March", with the year only when it is not the current one.
 *
 * @example
 * dayLabel(new Date(2026, 2, 12), new Date(2026, 2, 9)) // → 'Thursday 12 March'
 * dayLabel(new Date(2027, 0, 4), new Date(2026, 11, 20)) // → 'Monday 4 January 2027'
 */
export function dayLabel(date: Date, now: Date): string {
  const withYear = date.getFullYear() !== now.getFullYear();
  // A plan of a large log names the same few hundred days thousands of times; format() is the slow part.
  const key = (date.getFullYear() * 12 + date.getMonth()) * 32 + date.getDate() + (withYear ? 0.5 : 0);
  let label = dayLabels.get(key);
  if (label === undefined) {
    if (dayLabels.size >= DAY_LABELS_KEPT) dayLabels.clear();
    label = format(date, withYear ? 'EEEE d MMMM yyyy' : 'EEEE d MMMM');
    dayLabels.set(key, label);
  }
  return label;
}

const DAY_LABELS_KEPT = 4096;
const dayLabels = new Map<number, string>();

/**
 * A local time of day, 24-hour: "09:00" (what date-fns `format(date, 'HH:mm')` writes, without parsing a
 * pattern for each of the thousands of reasons in a plan).
 *
 * @example timeLabel(new Date(2026, 2, 9, 9, 5)) // → '09:05'
 */
export const timeLabel = (date: Date): string =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "a, b and c". */
export function listOf(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
