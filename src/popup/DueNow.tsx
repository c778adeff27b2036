/**
 * Away from a profile: what is due now across the log (each with Done, Snooze, Skip and I heard back),
 * then the next thing coming up; with an empty log, "Add an interview".
 */

import { useMemo } from 'preact/hooks';
import type { Interview, Interviewer } from '../core/model';
import { deadlineOf, isOverdue } from '../core/rules/hold';
import { planFollowUps } from '../core/rules/plan';
import type { FollowUp } from '../core/rules/types';
import { FOLLOW_UP_ACTION } from '../core/verdicts';
import { ChangeLine, useChanges } from '../ui/changes';
import { openOptions, type StateReply } from '../ui/client';
import { FollowUpActions } from '../ui/FollowUpActions';
import type { Change } from '../ui/follow-up-writes';
import { describeDue, formatWhen } from '../ui/format';
import { NotesThisMonth } from './NotesThisMonth';

/** How many due items fit the popup; the rest are in the options page's follow-ups. */
const SHOWN = 4;

interface Item {
  followUp: FollowUp;
  interview: Interview;
  person: Interviewer;
}

/** The plan split for the popup: the first few due at `now`, how many more, and the next one after. */
export function dueSummary(state: Pick<StateReply, 'interviews' | 'settings'>, now: Date) {
  const plan = planFollowUps({ interviews: state.interviews, settings: state.settings, now });
  // One look-up per item, not a scan of the log for each (a log of hundreds has hundreds of items).
  const byId = new Map(state.interviews.map((interview) => [interview.id, interview]));
  const items = plan.flatMap((followUp): Item[] => {
    const interview = byId.get(followUp.interviewId);
    const person = interview?.interviewers.find((p) => p.id === followUp.interviewerId);
    return interview && person ? [{ followUp, interview, person }] : [];
  });
  const due = items.filter((item) => item.followUp.dueAt <= now);
  return {
    due: due.slice(0, SHOWN),
    more: Math.max(0, due.length - SHOWN),
    next: items.find((i) => i.followUp.dueAt > now),
  };
}

export function DueNow({
  state,
  now,
  refresh,
}: {
  state: StateReply;
  now: Date;
  refresh: () => Promise<void>;
}) {
  const { due, more, next } = useMemo(() => dueSummary(state, now), [state, now]);
  const changes = useChanges(refresh);
  if (state.interviews.length === 0) return <EmptyLog />;
  return (
    <section aria-labelledby="due-title">
      <h1 id="due-title">Due now</h1>
      <ChangeLine changes={changes} />
      {due.length === 0 ? (
        <p>Nothing is due right now.</p>
      ) : (
        <ul class="due-list">
          {due.map((item) => (
            <DueItem
              key={`${item.interview.id}/${item.person.id}/${item.followUp.kind}`}
              item={item}
              now={now}
              onChange={changes.run}
            />
          ))}
        </ul>
      )}
      {more > 0 && (
        <p>
          <button type="button" class="link" onClick={() => openOptions()}>
            {more} more due in your follow-ups
          </button>
        </p>
      )}
      {next && (
        <>
          <h2>Coming up</h2>
          <ul class="due-list">
            <DueItem item={next} now={now} />
          </ul>
        </>
      )}
      <NotesThisMonth interviews={state.interviews} settings={state.settings} now={now} />
    </section>
  );
}

/** An empty log: one thing to do, and it is the primary button. */
function EmptyLog() {
  return (
    <section aria-labelledby="due-title">
      <h1 id="due-title">Start with an interview</h1>
      <p>
        Add your interview and who you met: Connect Coach tells you when to connect with each of them and
        helps you write the note.
      </p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => openOptions('interviews/new')}>
          Add an interview
        </button>
      </div>
      <p class="quiet">Or open an interviewer’s LinkedIn profile and add them from here.</p>
    </section>
  );
}

function DueItem({ item, now, onChange }: { item: Item; now: Date; onChange?: (change: Change) => void }) {
  const { followUp, interview, person } = item;
  const overdue = isOverdue(followUp, now);
  const deadline = deadlineOf(followUp.kind, followUp.advice, followUp.dueAt, followUp.by);
  return (
    <li class={overdue ? 'due-item overdue' : 'due-item'}>
      <p class="due-what user-text">
        {FOLLOW_UP_ACTION[followUp.kind]}{' '}
        {person.profileUrl ? (
          <a href={person.profileUrl} target="_blank" rel="noreferrer">
            {person.name}
          </a>
        ) : (
          person.name
        )}
      </p>
      <p class="due-where quiet user-text">
        {interview.role} at {interview.company} · {describeDue(followUp.dueAt, now)}
      </p>
      {deadline && (
        <p class={overdue ? 'deadline-late' : 'quiet'}>
          {overdue ? 'Overdue since' : 'Ideally by'} {formatWhen(deadline)}
        </p>
      )}
      {onChange && (
        <FollowUpActions
          interview={interview}
          person={person}
          kind={followUp.kind}
          now={now}
          onChange={onChange}
        />
      )}
    </li>
  );
}
