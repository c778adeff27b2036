/** Reading the log's stored times: the one parser, for the rules, the notes and the surfaces. */

/**
 * Parses a stored or given time. A plain `YYYY-MM-DD` is the end of that day in local time.
 *
 * @example parseTime('2026-03-09') // Monday 9 March 2026, 23:59:59.999 local time
 */
export function parseTime(value: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59, 999);
  return new Date(value);
}
