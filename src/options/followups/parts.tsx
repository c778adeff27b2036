/** Small pieces of a follow-up row: the person (linked to LinkedIn when known) and a moment in words. */
import { format, formatDistance } from 'date-fns';
import type { Interview, Interviewer } from '../../core/model';

/**
 * The person's name, a link to their LinkedIn profile when the log has it.
 *
 * @example
 * <PersonLink person={priya} />
 */
export function PersonLink({ person }: { person: Interviewer }) {
  if (!person.profileUrl) return <span class="person user-text">{person.name}</span>;
  return (
    <a class="person user-text" href={person.profileUrl} target="_blank" rel="noreferrer">
      {person.name}
      <span class="visually-hidden"> (LinkedIn profile, opens in a new tab)</span>
    </a>
  );
}

/** "Hiring manager · Product Manager at Contoso": who they are and which interview. */
export function Context({ interview, person }: { interview: Interview; person: Interviewer }) {
  return (
    <p class="context user-text">
      {person.title ? `${person.title} · ` : ''}
      {interview.role} at {interview.company}
    </p>
  );
}

/**
 * A moment as "Thursday 12 March, 09:00" with "in 2 days" beside it.
 *
 * @example
 * <When date={dueAt} now={now} />
 */
export function When({ date, now, prefix }: { date: Date; now: Date; prefix?: string }) {
  return (
    <p class="when">
      {prefix ? `${prefix} ` : ''}
      <time dateTime={date.toISOString()}>{moment(date, now)}</time>{' '}
      <span class="relative">({formatDistance(date, now, { addSuffix: true })})</span>
    </p>
  );
}

/** "Thursday 12 March, 09:00" (the one date style), with the year when it is not this year's. */
export function moment(date: Date, now: Date): string {
  return format(
    date,
    date.getFullYear() === now.getFullYear() ? 'EEEE d MMMM, HH:mm' : 'EEEE d MMMM yyyy, HH:mm',
  );
}

/**
 * The last good moment for a follow-up; past it, "Overdue since" in the stop colour, in words first.
 *
 * @example <Deadline deadline={idealBy} overdue={false} now={now} /> // "Ideally by Saturday 14 March, 14:00"
 */
export function Deadline({ deadline, overdue, now }: { deadline: Date; overdue: boolean; now: Date }) {
  return (
    <p class={overdue ? 'when deadline-late' : 'when'}>
      {overdue ? 'Overdue since ' : 'Ideally by '}
      <time dateTime={deadline.toISOString()}>{moment(deadline, now)}</time>
    </p>
  );
}
