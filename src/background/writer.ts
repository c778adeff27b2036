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
import { same } from '../storage/changes';
import { fieldIssues, firstIssue, plainError } from '../storage/issues';
import { interviewKey, SETTINGS_KEY } from '../storage/keys';
import { type Conflict, conflictSentence, mergeInterview } from '../storage/merge';
import { revisionOf, withoutRevision } from '../storage/revisions';
import type { Change, Snapshot } from '../storage/store';
import type { Conflicted, Failure, StoredInterview } from '../storage/types';
import { commit, refuse } from './commit';

type SettingsAnswer = { ok: true; settings: Settings } | Failure;

const GONE_INTERVIEW =
  'That interview is no longer in your log (it may have been deleted in another window).';
const GONE_PERSON = 'That interviewer is no longer part of this interview.';
const ALREADY_THERE =
  'An interview with this id is already in your log, so this new one was not saved over it. Please try again.';

/** Validates an interview for saving: the parsed interview, or a refusal naming the fields at fault. */
function validInterview(value: unknown): { ok: true; interview: Interview } | Failure {
  const parsed = InterviewSchema.safeParse(value, { error: plainError });
  if (parsed.success) return { ok: true, interview: parsed.data };
  const issues = fieldIssues(parsed.error);
  return { ok: false, error: `This interview can't be saved: ${firstIssue(parsed.error, 'it')}.`, issues };
}

type PutAnswer = { ok: true; interview: StoredInterview } | Failure | Conflicted;

/** The revision a page's change was based on: the interview as it read it (with `revision`), or none. */
function baseOf(value: unknown): { ok: true; base: StoredInterview | null } | Failure {
  if (value === undefined || value === null) return { ok: true, base: null };
  const parsed = InterviewSchema.safeParse(value, { error: plainError });
  if (!parsed.success) return { ok: false, error: 'This change did not say which saved version it edits.' };
  return { ok: true, base: { ...parsed.data, revision: revisionOf(value) } };
}

const conflicted = (error: string, current: StoredInterview | null, conflicts: Conflict[] = []) =>
  ({ ok: false, error, conflict: { current, conflicts } }) as Conflicted;

/** What to write for `mine` given the stored `current` and the page's `base`: the interview, or a refusal. */
function resolve(mine: Interview, base: StoredInterview | null, current: StoredInterview | undefined) {
  if (!current) {
    if (!base) return { ok: true as const, interview: mine };
    return conflicted(`${GONE_INTERVIEW} Save again to add it back.`, null);
  }
  if (!base) return conflicted(ALREADY_THERE, current);
  if (base.revision === current.revision) return { ok: true as const, interview: mine };
  const merged = mergeInterview(base, mine, current);
  if (!merged.ok) return conflicted(conflictSentence(merged.conflicts), current, merged.conflicts);
  return validInterview(merged.interview);
}

/**
 * Saves a whole interview (new or edited) under its id. `base` is the interview as the page read it (with
 * its revision), or null for a new one: a change based on an older revision is merged with what is stored
 * now field by field, or refused with the conflicts when both changed the same field.
 *
 * @example await putInterview(edited, stateInterview) // { ok: true, interview: { …edited, revision: 5 } }
 */
export async function putInterview(value: unknown, baseValue?: unknown): Promise<PutAnswer> {
  const valid = validInterview(value);
  if (!valid.ok) return valid;
  const based = baseOf(baseValue);
  if (!based.ok) return based;
  // An interview put back after a delete continues its count of revisions.
  const carried = revisionOf(value);
  return commit(({ state }): Change<PutAnswer> => {
    const current = state.interviews.find((interview) => interview.id === valid.interview.id);
    const resolved = resolve(valid.interview, based.base, current);
    if (!resolved.ok) return { result: resolved };
    const { interview } = resolved;
    const unchanged = current && same(withoutRevision(current), interview);
    // Put back after a delete, it is again the revision it was: the same content under the same number.
    const revision = current ? current.revision + (unchanged ? 0 : 1) : Math.max(carried, 1);
    const stored = { ...interview, revision };
    return { set: { [interviewKey(interview.id)]: stored }, result: { ok: true, interview: stored } };
  });
}

/**
 * Deletes an interview and answers it, so the page can offer to undo by putting it back. Deleting one
 * that is already gone answers `deleted: null`.
 */
export async function deleteInterview(
  id: string,
): Promise<{ ok: true; deleted: StoredInterview | null } | Failure> {
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
