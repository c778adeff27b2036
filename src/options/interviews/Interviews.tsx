/**
 * The Interviews section: the list, and the form for adding or editing one (`#interviews/new`,
 * `#interviews/edit/<id>`). Deleting can be undone from the status line.
 */
import type { Interview } from '../../core/model';
import { ask } from '../../ui/client';
import { draftOf, emptyDraft } from '../draft';
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

  const remove = async (interview: Interview) => {
    const reply = await ask({ type: 'interview/delete', id: interview.id });
    if (!reply.ok) return say({ text: `Not deleted: ${reply.error}`, tone: 'error' });
    // The background answers the record as it was deleted: putting it back restores it exactly.
    const deleted = (('deleted' in reply && reply.deleted) || interview) as Interview;
    await reload();
    say({
      text: `Deleted: ${interview.role} at ${interview.company}.`,
      action: { label: 'Undo', run: () => void restore(deleted) },
      focusAction: true,
    });
  };
  const restore = async (interview: Interview) => {
    const reply = await ask({ type: 'interview/put', interview });
    if (!reply.ok) return say({ text: `Could not put it back: ${reply.error}`, tone: 'error' });
    await reload();
    say(`Put back: ${interview.role} at ${interview.company}.`);
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
        isNew={!existing}
        newId={newId}
        onSaved={() => void reload().then(backToList)}
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
