/**
 * Checks the interview form before anything is saved: the schema's rules (InterviewSchema) plus the
 * sanity checks a schema can't know (a year typed as 1900, a reply promised before the interview took
 * place), each with a message the person can act on, keyed by the field it belongs next to.
 */
import { formatISO } from 'date-fns';
import { type Interview, type InterviewInput, InterviewSchema } from '../core/model';
import { normaliseProfileUrl } from '../core/profile-address';
import { fieldKey } from '../ui/field-errors';
import { formatFullDay as day } from '../ui/format';
import { dateProblem } from '../ui/interview-date';
import {
  type InterviewDraft,
  type InterviewerDraft,
  isBlankRow,
  parseLocalInput,
  splitTopics,
  startOfLocalDay,
} from './form-state';

/** Messages by field: `company`, `at`, `interviewers.1.name`, … */
export type FieldErrors = Record<string, string>;
export type Validation = { ok: true; interview: Interview } | { ok: false; errors: FieldErrors };

/**
 * The interview to save, or the messages to show next to the fields.
 *
 * @example
 * validateInterview({ ...draft, at: '1900-03-09T14:00' }, { now })
 * // { ok: false, errors: { at: 'That date looks wrong: Fri 9 Mar 1900 is before 2000.' } }
 */
export function validateInterview(draft: InterviewDraft, { now }: { now: Date }): Validation {
  const errors: FieldErrors = {};
  const at = checkInterviewDate(draft.at, now, errors);
  const replyBy = checkDate('expectedReplyBy', draft.expectedReplyBy, now, errors);
  const outcomeDay = checkDate('outcomeAt', draft.outcomeAt, now, errors);
  if (at && replyBy && replyBy < startOfLocalDay(at)) {
    errors.expectedReplyBy = `They can't reply before the interview: choose ${day(at)} or later.`;
  }
  if (at && outcomeDay && outcomeDay < startOfLocalDay(at)) {
    errors.outcomeAt = `The outcome can't come before the interview on ${day(at)}.`;
  }
  if (draft.outcomeAt && draft.outcome === 'pending' && !errors.outcomeAt) {
    errors.outcomeAt = 'Choose the outcome too, or clear this date.';
  }
  if (!draft.company.trim()) errors.company = 'Enter the company.';
  if (!draft.role.trim()) errors.role = 'Enter the job title.';
  // Blank rows are skipped; messages keep each row's place in the form (`interviewers.<form index>.…`).
  const rows = draft.interviewers.flatMap((row, index) => (isBlankRow(row) ? [] : [{ row, index }]));
  rows.forEach(({ row, index }, n) => {
    checkInterviewer(
      row,
      index,
      rows.slice(0, n).map((earlier) => earlier.row),
      errors,
    );
  });

  const input = toInput(
    draft,
    rows.map(({ row }) => row),
    { at, outcomeDay, now },
  );
  const parsed = InterviewSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldKey(
        issue.path,
        rows.map(({ index }) => index),
      );
      errors[key] ??= `${labelOf(key)} ${issue.message}.`;
    }
  }
  return Object.keys(errors).length === 0 && parsed.success
    ? { ok: true, interview: parsed.data }
    : { ok: false, errors };
}

function checkInterviewDate(value: string, now: Date, errors: FieldErrors): Date | null {
  if (!value) {
    errors.at = 'Enter the date and time of the interview.';
    return null;
  }
  return checkDate('at', value, now, errors);
}

/** A date or date-time from an input, in local time; null (with a message) when absent or absurd. */
function checkDate(key: string, value: string, now: Date, errors: FieldErrors): Date | null {
  if (!value) return null;
  const date = parseLocalInput(value);
  if (!date) {
    errors[key] = `That date looks wrong: "${value}" is not a date.`;
    return null;
  }
  const problem = dateProblem(date, now);
  if (problem) {
    errors[key] = problem;
    return null;
  }
  return date;
}

function checkInterviewer(
  row: InterviewerDraft,
  index: number,
  earlier: InterviewerDraft[],
  errors: FieldErrors,
) {
  if (!row.name.trim()) errors[`interviewers.${index}.name`] = 'Enter their name.';
  const email = row.email.trim();
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    errors[`interviewers.${index}.email`] = "That isn't an email address: it looks like name@company.com.";
  }
  if (!row.profileUrl.trim()) return;
  const url = normaliseProfileUrl(row.profileUrl);
  if (!url) {
    errors[`interviewers.${index}.profileUrl`] =
      "That isn't a LinkedIn profile address. Copy it from their profile page: it looks like linkedin.com/in/their-name.";
  } else if (earlier.some((other) => normaliseProfileUrl(other.profileUrl) === url)) {
    errors[`interviewers.${index}.profileUrl`] = 'This profile is already listed for this interview.';
  }
}

function toInput(
  draft: InterviewDraft,
  rows: InterviewerDraft[],
  dates: { at: Date | null; outcomeDay: Date | null; now: Date },
) {
  const topics = splitTopics(draft.topics);
  const notes = draft.notes.trim();
  const input: InterviewInput = {
    id: draft.id,
    company: draft.company.trim(),
    role: draft.role.trim(),
    at: dates.at ? formatISO(dates.at) : draft.at,
    culture: draft.culture,
    connectionPolicy: draft.connectionPolicy,
    outcome: draft.outcome,
    topics,
    interviewers: rows.map((row) => interviewerInput(row, dates.now)),
  };
  if (draft.expectedReplyBy) input.expectedReplyBy = draft.expectedReplyBy;
  if (dates.outcomeDay) input.outcomeAt = formatISO(outcomeTime(dates.outcomeDay, dates.at));
  if (notes) input.notes = notes;
  return input;
}

/** An outcome known on a day: noon that day, but never before the interview itself. */
function outcomeTime(outcomeDay: Date, at: Date | null): Date {
  const noon = new Date(outcomeDay.getFullYear(), outcomeDay.getMonth(), outcomeDay.getDate(), 12);
  return at && noon < at ? at : noon;
}

function interviewerInput(row: InterviewerDraft, now: Date) {
  const base = row.base;
  const title = row.title.trim();
  const profileUrl = normaliseProfileUrl(row.profileUrl);
  const invite =
    base && base.invite.state === row.inviteState
      ? base.invite
      : row.inviteState === 'none'
        ? { state: 'none' as const }
        : { ...base?.invite, state: row.inviteState, at: formatISO(now) };
  return {
    ...base,
    id: row.id,
    name: row.name.trim(),
    title: title || undefined,
    role: row.role,
    profileUrl: profileUrl ?? (row.profileUrl.trim() || undefined),
    email: row.email.trim() || undefined,
    invite,
  };
}

const LABELS: Record<string, string> = {
  company: 'The company',
  role: 'The job title',
  at: 'The date',
  expectedReplyBy: 'The reply-by date',
  outcomeAt: 'The outcome date',
  topics: 'A topic',
  notes: 'The notes',
  interviewers: 'The list of interviewers',
  name: 'The name',
  title: 'The title',
  profileUrl: 'The profile address',
  email: 'The email address',
};

function labelOf(key: string): string {
  return LABELS[key.split('.').pop() ?? key] ?? 'This field';
}
