/**
 * The log's edits from the popup and the options page, each applied by the single writer on the latest
 * stored state (see commit.ts), so concurrent edits from several pages never lose one another.
 */
import {
  type Interview,
  type Interviewer,
  InterviewSchema,
  type Settings,
  SettingsSchema,
  type Touch,
} from '../core/model';
import { fieldIssues, firstIssue, plainError } from '../storage/issues';
import { interviewKey, SETTINGS_KEY } from '../storage/keys';
import type { Change, Snapshot } from '../storage/store';
import type { Failure } from '../storage/types';
import { commit, refuse } from './commit';

type SettingsAnswer = { ok: true; settings: Settings } | Failure;

const GONE_INTERVIEW =
  'That interview is no longer in your log (it may have been deleted in another window).';
const GONE_PERSON = 'That interviewer is no longer part of this interview.';

/** Validates an interview for saving: the parsed interview, or a refusal naming the fields at fault. */
function validInterview(value: unknown): { ok: true; interview: Interview } | Failure {
  const parsed = InterviewSchema.safeParse(value, { error: plainError });
  if (parsed.success) return { ok: true, interview: parsed.data };
  const issues = fieldIssues(parsed.error);
  return { ok: false, error: `This interview can't be saved: ${firstIssue(parsed.error, 'it')}.`, issues };
}

/**
 * Saves a whole interview (new or edited) under its id.
 *
 * @example await putInterview({ id: 'iv-1', company: 'Acme', role: 'Designer', at: '2026-03-09T14:00:00Z' })
 */
export async function putInterview(value: unknown): Promise<{ ok: true; interview: Interview } | Failure> {
  const valid = validInterview(value);
  if (!valid.ok) return valid;
  return commit(() => ({ set: { [interviewKey(valid.interview.id)]: valid.interview }, result: valid }));
}

/**
 * Deletes an interview and answers it, so the page can offer to undo by putting it back. Deleting one
 * that is already gone answers `deleted: null`.
 */
export async function deleteInterview(
  id: string,
): Promise<{ ok: true; deleted: Interview | null } | Failure> {
  return commit(({ state }) => {
    const deleted = state.interviews.find((interview) => interview.id === id) ?? null;
    return { remove: deleted ? [interviewKey(id)] : [], result: { ok: true as const, deleted } };
  });
}

/** Changes one interviewer of the latest stored interview with `edit`, then validates the whole interview. */
function editPerson(interviewId: string, interviewerId: string, edit: (person: Interviewer) => Interviewer) {
  return commit(({ state }: Snapshot) => {
    const interview = state.interviews.find((candidate) => candidate.id === interviewId);
    if (!interview) return refuse(GONE_INTERVIEW);
    if (!interview.interviewers.some((person) => person.id === interviewerId)) return refuse(GONE_PERSON);
    const interviewers = interview.interviewers.map((person) =>
      person.id === interviewerId ? edit(person) : person,
    );
    const valid = validInterview({ ...interview, interviewers });
    if (!valid.ok) return { result: valid };
    return { set: { [interviewKey(interviewId)]: valid.interview }, result: valid };
  });
}

/**
 * Merges `patch` into the latest stored interviewer: fields not in the patch keep their stored values.
 *
 * @example await patchInterviewer('iv-1', 'p-1', { draft: 'Hi Priya, …' })
 */
export function patchInterviewer(interviewId: string, interviewerId: string, patch: Partial<Interviewer>) {
  return editPerson(interviewId, interviewerId, (person) => ({ ...person, ...patch, id: person.id }));
}

/**
 * Adds one touch (a message, comment, email or call) to an interviewer's history.
 *
 * @example await addTouch('iv-1', 'p-1', { at: '2026-04-02T10:00:00Z', kind: 'message', replied: false })
 */
export function addTouch(interviewId: string, interviewerId: string, touch: Touch) {
  return editPerson(interviewId, interviewerId, (person) => ({
    ...person,
    touches: [...person.touches, touch],
  }));
}

/** Settings with `patch` merged into the latest stored ones, validated; the settings key written once. */
export function editSettings(edit: (settings: Settings) => Settings): Promise<SettingsAnswer> {
  return commit(({ state }: Snapshot): Change<SettingsAnswer> => {
    const parsed = SettingsSchema.safeParse(edit(state.settings), { error: plainError });
    if (!parsed.success) {
      const error = `These settings can't be saved: ${firstIssue(parsed.error, 'they')}.`;
      return { result: { ok: false, error, issues: fieldIssues(parsed.error) } };
    }
    return { set: { [SETTINGS_KEY]: parsed.data }, result: { ok: true, settings: parsed.data } };
  });
}

/**
 * Merges `patch` into the latest stored settings.
 *
 * @example await patchSettings({ weekdaysOnly: true })
 */
export function patchSettings(patch: Partial<Settings>) {
  return editSettings((settings) => ({ ...settings, ...patch }));
}
