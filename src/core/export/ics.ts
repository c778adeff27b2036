/**
 * The follow-ups as a calendar file (RFC 5545), for the calendar the person already uses, with no cloud in
 * between. One VEVENT per follow-up, at its due time in the person's own zone, with a reminder. UIDs are
 * stable (the interview and interviewer, not the kind or the time), so importing a newer export updates
 * the events instead of adding copies; SEQUENCE grows with the export time so calendars take the newer.
 */
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { ThankYouEmailDue } from '../email/due';
import type { Interview } from '../model';
import type { FollowUp } from '../rules/types';
import { vtimezone } from './vtimezone';

/** A follow-up of planFollowUps() or a thank-you email that is due. */
export type CalendarFollowUp = Pick<FollowUp, 'interviewId' | 'interviewerId' | 'dueAt'> & {
  kind: FollowUp['kind'] | ThankYouEmailDue['kind'];
  /** Why, shown in the event's description (a follow-up's first reason). */
  why?: string;
};

export interface IcsOptions {
  now: Date;
  /** To name the people and companies; a follow-up whose interviewer is not in it is left out. */
  interviews: readonly Interview[];
}

const EVENT_MINUTES = 15;
const REMINDER_MINUTES = 15;
const MINUTE = 60_000;

const ACTIONS: Readonly<Record<CalendarFollowUp['kind'], string>> = {
  connect: 'Connect on LinkedIn with',
  nudge: 'Send a short note of continued interest to',
  prepare: 'Polish your profile, then connect with',
  'check-in': 'Check in with',
  'thank-you-email': 'Send a thank-you email to',
};

/** The event's stable id: one per interviewer for the LinkedIn follow-up, one for the email. */
export function followUpUid(item: Pick<CalendarFollowUp, 'interviewId' | 'interviewerId' | 'kind'>): string {
  const what = item.kind === 'thank-you-email' ? 'thank-you-email' : 'follow-up';
  return `${what}.${encodeURIComponent(item.interviewId)}.${encodeURIComponent(item.interviewerId)}@connect-coach`;
}

/** A follow-up already due is placed at the next quarter hour, so the calendar still reminds of it. */
function startOf(dueAt: Date, now: Date): Date {
  if (dueAt >= now) return dueAt;
  const quarter = EVENT_MINUTES * MINUTE;
  return new Date(Math.ceil(now.getTime() / quarter) * quarter);
}

/**
 * The calendar file's text.
 *
 * @example
 * followUpsToIcs(planFollowUps({ interviews, settings, now }), { now, interviews })
 * // 'BEGIN:VCALENDAR\r\n…BEGIN:VEVENT\r\nUID:follow-up.acme.sam@connect-coach\r\n…DTSTART;TZID=Europe/Paris:20260312T090000…'
 */
export function followUpsToIcs(followUps: readonly CalendarFollowUp[], options: IcsOptions): string {
  const { now, interviews } = options;
  // The person's zone is the runtime's: ical-generator writes a Date's wall-clock time as the runtime sees it.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const events = followUps.flatMap((item) => {
    const interview = interviews.find((candidate) => candidate.id === item.interviewId);
    const person = interview?.interviewers.find((candidate) => candidate.id === item.interviewerId);
    return interview && person ? [{ item, interview, person, start: startOf(item.dueAt, now) }] : [];
  });
  const times = events.map((event) => event.start.getTime());
  const from = new Date(Math.min(now.getTime(), ...times));
  const to = new Date(Math.max(now.getTime(), ...times) + EVENT_MINUTES * MINUTE);
  const calendar = ical({
    name: 'Connect Coach follow-ups',
    prodId: { company: 'Connect Coach', product: 'Follow-ups', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const { item, interview, person, start } of events) {
    const summary = `${ACTIONS[item.kind]} ${person.name} (${interview.company})`;
    calendar.createEvent({
      id: followUpUid(item),
      sequence: Math.floor(now.getTime() / MINUTE),
      stamp: now,
      start,
      end: new Date(start.getTime() + EVENT_MINUTES * MINUTE),
      timezone: timeZone,
      summary,
      description: [item.why, `${interview.role} interview at ${interview.company}.`]
        .filter(Boolean)
        .join('\n'),
      ...(person.profileUrl ? { url: person.profileUrl } : {}),
      alarms: [{ type: ICalAlarmType.display, trigger: REMINDER_MINUTES * 60, description: summary }],
    });
  }
  // The zone block goes in by hand: ical-generator's calendar-level zone would also write DTSTAMP in local
  // time, which RFC 5545 requires in UTC. The events carry TZID and their wall-clock time in that zone.
  const text = calendar.toString();
  // In UTC the times are written with Z and no zone is referenced, so none is described.
  if (!text.includes(';TZID=')) return text;
  const at = text.indexOf('BEGIN:VEVENT');
  return `${text.slice(0, at)}${vtimezone(timeZone, from, to)}\r\n${text.slice(at)}`;
}
