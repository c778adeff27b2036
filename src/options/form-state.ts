/**
 * The interview form's own state: every field as the inputs hold it (strings), and the way back and forth
 * between that and a stored Interview. Pure: the caller passes ids and the clock.
 */
import { format } from 'date-fns';
import type {
  ConnectionPolicy,
  Culture,
  Interview,
  Interviewer,
  InterviewerRole,
  InviteState,
  Outcome,
} from '../core/model';
import { parseTime } from '../core/parse-time';

export interface InterviewerDraft {
  id: string;
  name: string;
  title: string;
  role: InterviewerRole;
  /** As typed or pasted; normalised when saved. */
  profileUrl: string;
  /** For the thank-you email; '' when not known. */
  email: string;
  inviteState: InviteState;
  /** The stored interviewer this row edits: keeps what the form does not show (touches, the note sent…). */
  base?: Interviewer;
}

export interface InterviewDraft {
  id: string;
  company: string;
  role: string;
  /** `<input type=datetime-local>`: `2026-03-09T14:00`, local time. */
  at: string;
  culture: Culture;
  connectionPolicy: ConnectionPolicy;
  /** `<input type=date>`: `2026-03-20`, or ''. */
  expectedReplyBy: string;
  outcome: Outcome;
  /** `<input type=date>`, or ''. */
  outcomeAt: string;
  /** One per line or comma separated. */
  topics: string;
  notes: string;
  interviewers: InterviewerDraft[];
}

/** `2026-03-09T14:00` for a datetime-local input, in local time. */
export const toLocalInput = (date: Date): string => format(date, "yyyy-MM-dd'T'HH:mm");
/** `2026-03-09` for a date input, in local time. */
export const toDateInput = (date: Date): string => format(date, 'yyyy-MM-dd');

/**
 * A blank row for a new interviewer.
 *
 * @example
 * emptyInterviewer('p-1') // { id: 'p-1', name: '', role: 'hiring-manager', inviteState: 'none', … }
 */
export function emptyInterviewer(id: string): InterviewerDraft {
  return { id, name: '', title: '', role: 'hiring-manager', profileUrl: '', email: '', inviteState: 'none' };
}

/**
 * A blank form for a new interview, with one interviewer row ready to fill in.
 *
 * @example
 * emptyDraft(() => crypto.randomUUID())
 */
export function emptyDraft(newId: () => string): InterviewDraft {
  return {
    id: newId(),
    company: '',
    role: '',
    at: '',
    culture: 'neutral',
    connectionPolicy: 'unknown',
    expectedReplyBy: '',
    outcome: 'pending',
    outcomeAt: '',
    topics: '',
    notes: '',
    interviewers: [emptyInterviewer(newId())],
  };
}

/**
 * The form's view of a stored interview, in local time.
 *
 * @example
 * draftOf(interview).at // '2026-03-09T15:00' in Berlin for at: '2026-03-09T14:00:00Z'
 */
export function draftOf(interview: Interview): InterviewDraft {
  return {
    id: interview.id,
    company: interview.company,
    role: interview.role,
    at: toLocalInput(new Date(interview.at)),
    culture: interview.culture,
    connectionPolicy: interview.connectionPolicy,
    expectedReplyBy: interview.expectedReplyBy ? toDateInput(parseTime(interview.expectedReplyBy)) : '',
    outcome: interview.outcome,
    outcomeAt: interview.outcomeAt ? toDateInput(new Date(interview.outcomeAt)) : '',
    topics: interview.topics.join('\n'),
    notes: interview.notes ?? '',
    interviewers: interview.interviewers.map((person) => ({
      id: person.id,
      name: person.name,
      title: person.title ?? '',
      role: person.role,
      profileUrl: person.profileUrl ?? '',
      email: person.email ?? '',
      inviteState: person.invite.state,
      base: person,
    })),
  };
}

/**
 * Topics as typed: one per line or separated by commas; blanks dropped.
 *
 * @example
 * splitTopics('onboarding, pricing\nthe mobile app') // ['onboarding', 'pricing', 'the mobile app']
 */
export function splitTopics(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((topic) => topic.trim())
    .filter(Boolean);
}

/**
 * A row left entirely blank: the form starts with one, and an interview may have no interviewer named yet,
 * so such rows are skipped rather than refused. A row editing a stored interviewer is never blank.
 *
 * @example
 * isBlankRow(emptyInterviewer('p-1')) // true
 */
export function isBlankRow(row: InterviewerDraft): boolean {
  return !row.base && !`${row.name}${row.title}${row.profileUrl}${row.email}`.trim();
}

/**
 * `2026-03-09` or `2026-03-09T14:00` as a local time; null if it is neither.
 *
 * @example
 * parseLocalInput('2026-02-30') // null
 */
export function parseLocalInput(value: string): Date | null {
  const match = /^(\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, date, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const result = new Date(2000, 0, 1, 0, 0, 0, 0);
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  result.setFullYear(year!, month! - 1, date!);
  result.setHours(hours!, minutes!, 0, 0);
  return result.getMonth() === month! - 1 ? result : null;
}

export function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
