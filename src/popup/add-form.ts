/**
 * "Add to an interview" as data: the form prefilled from the page, checked, and turned into the
 * interview to save (a new one, or an existing one with this person added).
 */

import type { Interview, InterviewerRole, InterviewInput } from '../core/model';
import { profileUrlOf } from '../core/profile-address';
import type { ProfileReading } from '../linkedin/reading';
import { fieldKey, type IssueAt } from '../ui/field-errors';
import { localInputToIso } from '../ui/format';
import { dateProblem } from '../ui/interview-date';

export const NEW = 'new';

export interface AddForm {
  name: string;
  title: string;
  role: InterviewerRole;
  /** `NEW` or the id of an interview in the log. */
  target: string;
  company: string;
  jobRole: string;
  /** The interview's start, as an `<input type=datetime-local>` value (local time). */
  at: string;
}

export type FormErrors = Partial<Record<keyof AddForm | 'form', string>>;

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A first guess at who they are from their headline; the person can change it. */
export function guessRole(headline: string): InterviewerRole {
  if (/recruit|talent|sourc/i.test(headline)) return 'recruiter';
  if (/\b(ceo|cto|cfo|coo|vp|vice president|chief|founder|president|managing director)\b/i.test(headline))
    return 'executive';
  return 'hiring-manager';
}

/**
 * The form as the page suggests it: their name and headline, and the latest interview at their company
 * if the log has one (else a new interview at that company).
 *
 * @example initialForm(reading, interviews).target // → 'iv-contoso' when Contoso is in the log
 */
export function initialForm(reading: ProfileReading, interviews: readonly Interview[]): AddForm {
  const company = reading.company?.trim() ?? '';
  const sameCompany = [...interviews]
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .find((interview) => company && fold(interview.company) === fold(company));
  return {
    name: reading.name?.trim() ?? '',
    title: reading.headline?.trim() ?? '',
    role: guessRole(reading.headline ?? ''),
    target: sameCompany?.id ?? NEW,
    company,
    jobRole: '',
    at: '',
  };
}

/**
 * The interview to save, or what to fix. New ids come from `newId` (crypto.randomUUID in the popup); the
 * interview's date is checked as the options page checks it (src/ui/interview-date.ts) at `now`.
 *
 * @example buildInterview(form, reading, interviews, () => crypto.randomUUID())
 * // → { interview: { id, company, role, at, interviewers: [{ id, name, profileUrl, … }] } }
 */
export function buildInterview(
  form: AddForm,
  reading: ProfileReading,
  interviews: readonly Interview[],
  newId: () => string,
  now: Date = new Date(),
): { interview: InterviewInput } | { errors: FormErrors } {
  const errors: FormErrors = {};
  if (!form.name.trim()) errors.name = 'Enter their name.';
  const person = {
    id: newId(),
    name: form.name.trim(),
    ...(form.title.trim() ? { title: form.title.trim() } : {}),
    role: form.role,
    profileUrl: profileUrlOf(reading.slug),
  };
  if (form.target !== NEW) {
    const existing = interviews.find((interview) => interview.id === form.target);
    if (!existing) errors.target = 'That interview is no longer in your log: pick another.';
    if (Object.keys(errors).length || !existing) return { errors };
    return { interview: { ...existing, interviewers: [...existing.interviewers, person] } };
  }
  if (!form.company.trim()) errors.company = 'Enter the company.';
  if (!form.jobRole.trim()) errors.jobRole = 'Enter the job you interviewed for.';
  const at = localInputToIso(form.at);
  const atProblem = at ? dateProblem(new Date(at), now) : 'Pick the day and time of the interview.';
  if (atProblem) errors.at = atProblem;
  if (Object.keys(errors).length || !at) return { errors };
  return {
    interview: {
      id: newId(),
      company: form.company.trim(),
      role: form.jobRole.trim(),
      at,
      interviewers: [person],
    },
  };
}

/** The background's refusal, placed on the fields it is about; anything else goes above the form. */
export function errorsFromIssues(error: string, issues: readonly IssueAt[] | undefined): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues ?? []) {
    const field = FIELD_OF.get(fieldKey(issue.path).replace(/^interviewers\.\d+\./, 'interviewer.'));
    if (field) errors[field] ??= `${FIELD_WORDS[field]} ${issue.message.replace(/\.$/, '')}.`;
  }
  if (Object.keys(errors).length === 0) errors.form = error;
  return errors;
}

const FIELD_WORDS: Readonly<Record<keyof AddForm, string>> = {
  name: 'The name',
  title: 'The title',
  role: 'Their role',
  target: 'The interview',
  company: 'The company',
  jobRole: 'The job title',
  at: 'The date',
};

/** The add form's field for an interview form key (any interviewer row: the form adds one person). */
const FIELD_OF = new Map<string, keyof AddForm>([
  ['company', 'company'],
  ['role', 'jobRole'],
  ['at', 'at'],
  ['interviewer.name', 'name'],
  ['interviewer.title', 'title'],
]);
