/**
 * Dates as the popup and options page show them, and the bridge between `<input type=datetime-local>`
 * (local wall-clock time, no zone) and the log's ISO times (always with an offset).
 */
import { format, formatISO, isValid } from 'date-fns';
import { parseTime } from '../core/parse-time';

/**
 * A moment in the one date style every surface uses (the reasons', the card's and the notifications'):
 * weekday, day, month and 24-hour time.
 *
 * @example
 * formatWhen(new Date(2026, 2, 10, 9)) // → 'Tuesday 10 March, 09:00'
 */
export const formatWhen = (date: Date): string => format(date, 'EEEE d MMMM, HH:mm');

/**
 * A day without its time, for lists where the hour does not matter.
 *
 * @example
 * formatDay(new Date(2026, 2, 10, 9)) // → 'Tuesday 10 March'
 */
export const formatDay = (date: Date): string => format(date, 'EEEE d MMMM');

/**
 * A day with its year, for dates that may be far from today (a form's "that date looks wrong").
 *
 * @example
 * formatFullDay(new Date(1900, 2, 9)) // → 'Friday 9 March 1900'
 */
export const formatFullDay = (date: Date): string => format(date, 'EEEE d MMMM yyyy');

/**
 * A stored time (ISO datetime, or a plain `YYYY-MM-DD` meaning the end of that day) as `formatWhen` text;
 * an empty string when the value is missing or unreadable, so a broken record never breaks a page.
 *
 * @example
 * formatStored('2026-03-09T14:00:00Z') // → 'Monday 9 March, 14:00' in London
 */
export function formatStored(value: string | undefined): string {
  if (!value) return '';
  const date = parseTime(value);
  return isValid(date) ? formatWhen(date) : '';
}

/**
 * The value of an `<input type=datetime-local>` (local time) as an ISO datetime with this browser's
 * offset, the form the log stores; `null` for an empty or impossible value.
 *
 * @example
 * localInputToIso('2026-03-09T14:00') // → '2026-03-09T14:00:00+01:00' in Lisbon summer time, '…Z' in UTC
 */
export function localInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as number[];
  const date = new Date(year!, month! - 1, day!, hour!, minute!, second!);
  // new Date() rolls 31 February over into March: refuse it rather than store another day.
  if (!isValid(date) || date.getMonth() !== month! - 1 || date.getDate() !== day) return null;
  return formatISO(date);
}

/**
 * A moment as the value an `<input type=datetime-local>` expects (local time, minutes).
 *
 * @example
 * dateToLocalInput(new Date(2026, 2, 9, 14, 0)) // → '2026-03-09T14:00'
 */
export const dateToLocalInput = (date: Date): string => format(date, "yyyy-MM-dd'T'HH:mm");

/**
 * When a follow-up is due, said relative to `now`: "due now" for the last day, "due since" a day for older
 * ones, else when it becomes due.
 *
 * @example
 * describeDue(new Date(2026, 2, 10, 9), new Date(2026, 2, 10, 12)) // → 'due now'
 * describeDue(new Date(2026, 2, 6, 9), new Date(2026, 2, 10, 12)) // → 'due since Friday 6 March'
 * describeDue(new Date(2026, 2, 12, 9), new Date(2026, 2, 10, 12)) // → 'from Thursday 12 March, 09:00'
 */
export function describeDue(dueAt: Date, now: Date): string {
  if (dueAt > now) return `from ${formatWhen(dueAt)}`;
  return now.getTime() - dueAt.getTime() < DAY_MS ? 'due now' : `due since ${formatDay(dueAt)}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;
