/**
 * The calendar and spreadsheet files. Their generators (ical-generator, papaparse) load only here, with a
 * dynamic import when the person asks for a file: never in a page's first render.
 */
import { format } from 'date-fns';
import { THANK_YOU_EMAIL_WHY } from '../../core/email/due';
import type { Interview, Settings } from '../../core/model';
import { planFollowUps } from '../../core/rules/plan';
import { downloadText } from '../backup/files';

/** Which follow-ups: all of them, or one interviewer's (a follow-up and a thank-you email may both be due). */
export interface CalendarChoice {
  interviews: Interview[];
  settings: Settings;
  now: Date;
  only?: { interviewId: string; interviewerId: string };
}

/**
 * The calendar file's text and how many events it holds.
 *
 * @example await calendarFile({ interviews, settings, now }) // { text: 'BEGIN:VCALENDAR…', count: 3 }
 */
export async function calendarFile({ interviews, settings, now, only }: CalendarChoice) {
  const { followUpsToIcs } = await import('../../core/export/ics');
  // A thank-you email's event is at its last good moment, the end of the next working day.
  const plan = planFollowUps({ interviews, settings, now }).map((item) =>
    item.kind === 'thank-you-email'
      ? { ...item, dueAt: item.by ?? item.dueAt, why: THANK_YOU_EMAIL_WHY }
      : { ...item, why: item.advice.reasons[0]?.text },
  );
  const items = plan.filter(
    (item) => !only || (item.interviewId === only.interviewId && item.interviewerId === only.interviewerId),
  );
  return { text: followUpsToIcs(items, { now, interviews }), count: items.length };
}

/** Saves the calendar file; returns its name and how many events it holds. */
export async function downloadCalendar(choice: CalendarChoice): Promise<{ name: string; count: number }> {
  const { text, count } = await calendarFile(choice);
  const name = `connect-coach-follow-ups-${format(choice.now, 'yyyy-MM-dd')}.ics`;
  downloadText(text, name, 'text/calendar;charset=utf-8');
  return { name, count };
}

/** Saves the log as CSV. The byte-order mark tells spreadsheet apps (Excel above all) that it is UTF-8. */
export async function downloadCsv(interviews: Interview[], now: Date): Promise<string> {
  const { logToCsv } = await import('../../core/export/csv');
  const name = `connect-coach-log-${format(now, 'yyyy-MM-dd')}.csv`;
  downloadText(['\uFEFF', logToCsv(interviews)], name, 'text/csv;charset=utf-8');
  return name;
}
