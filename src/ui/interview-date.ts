/**
 * The one check of an interview's date for every form that takes one (the options page's interview form,
 * the popup's "Add to an interview"): the schema accepts any date, but a year typed as 1900 or a date
 * years ahead is a slip of the keyboard, and the person is told so next to the field.
 */
import { addYears } from 'date-fns';
import { formatFullDay as day } from './format';

export const EARLIEST_YEAR = 2000;
export const YEARS_AHEAD = 2;

/**
 * Why `date` can't be an interview's (or its reply's, or its outcome's) date at `now`; null when it can.
 *
 * @example dateProblem(new Date(1900, 2, 9), now) // 'That date looks wrong: Friday 9 March 1900 is before 2000.'
 */
export function dateProblem(date: Date, now: Date): string | null {
  if (date.getFullYear() < EARLIEST_YEAR)
    return `That date looks wrong: ${day(date)} is before ${EARLIEST_YEAR}.`;
  if (date > addYears(now, YEARS_AHEAD))
    return `That date looks wrong: ${day(date)} is more than ${YEARS_AHEAD} years from now.`;
  return null;
}
