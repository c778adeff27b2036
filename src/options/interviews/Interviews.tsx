/**
 * The Interviews section: the list, and the form for adding or editing one (`#interviews/new`,
 * `#interviews/edit/<id>`). Deleting an interview, or saving one with interviewers removed, can be undone
 * from the status line; the Undo is merged by revision, so it never undoes later changes made elsewhere.
 */
import type { StoredInterview } from '../../storage/types';
import { ask } from '../../ui/client';
import { draftOf, emptyDraft } from '../form-state';
import type { Route } from '../route';
import { useStatus } from '../status';
import type { LogState } from '../useLog';
import { InterviewForm } from './InterviewForm';
import { InterviewList } from './InterviewList';
import { NextSteps } from './NextSteps';

interface Props {
  state: LogState;
  route: Route;
  now: Date;
  reload(): Promise<void>;
}

const newId = () => crypto.randomUUID();
const backToList = () => {
  location.hash = '#interviews';
};

export function Interviews({ state, route, now, reload }: Props) {
  const say = useStatus();
  const edit = 'edit' in route ? route.edit : null;

  const remove = async (interview: StoredInterview) => {
    const reply = await ask({ type: 'interview/delete', id: interview.id });
    if (!reply.ok) return say({ text: `Not deleted: ${reply.error}`, tone: 'error' });
    // The background answers the record as it was deleted: putting it back restores it exactly.
    const deleted = reply.deleted ?? interview;
    await reload();
    say({
      text: `Deleted: ${interview.role} at ${interview.company}.`,
      action: { label: 'Undo', run: () => void undo(deleted, null, 'Put back') },
      focusAction: true,
    });
  };
  /** Puts `before` back over `saved`: merged by revision, so later changes elsewhere are kept. */
  const undo = async (before: StoredInterview, saved: StoredInterview | null, done: string) => {
    const reply = await ask({ type: 'interview/put', interview: before, base: saved });
    if (!reply.ok) return say({ text: `Could not undo: ${reply.error}`, tone: 'error' });
    await reload();
    say(`${done}: ${before.role} at ${before.company}.`);
  };
  const saved = async (after: StoredInterview, before: StoredInterview | null) => {
    await reload();
    backToList();
    const gone = before?.interviewers.filter((p) => !after.interviewers.some((q) => q.id === p.id)) ?? [];
    if (!before || gone.length === 0) return; // the form has said "Saved"
    const text = `Saved: ${after.role} at ${after.company}.`;
    say({
      text: `${text} Removed ${gone.map((person) => person.name).join(', ')}.`,
      action: { label: 'Undo', run: () => void undo(before, after, 'Undone') },
      focusAction: true,
    });
  };

  if (edit) {
    const existing = edit === 'new' ? null : state.interviews.find((iv) => iv.id === edit.id);
    if (edit !== 'new' && !existing) {
      return (
        <p class="empty">
          That interview is no longer in the log. <a href="#interviews">Back to the list</a>
        </p>
      );
    }
    return (
      <InterviewForm
        key={existing?.id ?? 'new'}
        initial={existing ? draftOf(existing) : emptyDraft(newId)}
        stored={existing ?? null}
        isNew={!existing}
        newId={newId}
        onSaved={(after, before) => void saved(after, before)}
        onCancel={backToList}
      />
    );
  }
  return (
    <>
      <p class="lead-actions">
        <a class="button primary" href="#interviews/new">
          Add an interview
        </a>
      </p>
      {state.interviews.length === 1 && state.interviews[0] && (
        <NextSteps interview={state.interviews[0]} settings={state.settings} now={now} />
      )}
      <InterviewList interviews={state.interviews} onDelete={(iv) => void remove(iv)} />
    </>
  );
}
