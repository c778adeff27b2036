/**
 * Small date helpers the rules call thousands of times per plan. Unlike date-fns `max`/`min`, these
 * return one of their arguments instead of a copy; `addDays` and `atHour` do date-fns's own local-time
 * arithmetic (`setDate`, `setHours`) without its generic argument handling: the plan of a large log
 * allocates far fewer dates and spends its time on the rules, not on converting them.
 */

/** The later of two dates (the first when equal). */
export const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** The earlier of two dates (the first when equal). */
export const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);

/**
 * `days` calendar days after a date or a time in milliseconds, in local time, as date-fns `addDays` (the
 * same `setDate` step): 09:00 stays
 * 09:00 across a daylight-saving change.
 *
 * @example addDays(new Date(2026, 2, 28, 9), 2) // → Mon 30 March 2026, 09:00 local (over the change in Europe)
 */
export function addDays(date: Date | number, days: number): Date {
  const moved = new Date(+date);
  if (days) moved.setDate(moved.getDate() + days);
  return moved;
}

/**
 * `hour`:00 local on the day of `day`, as date-fns `setHours(startOfDay(day), hour)`.
 *
 * @example atHour(new Date(2026, 2, 9, 14, 30), 9) // → Mon 9 March 2026, 09:00 local
 */
export function atHour(day: Date, hour: number): Date {
  const moment = new Date(day.getTime());
  moment.setHours(hour, 0, 0, 0);
  return moment;
}
