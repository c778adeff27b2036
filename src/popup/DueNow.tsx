/** Away from a profile: what is due now across the log, then the next thing coming up. */

import { useMemo } from 'preact/hooks';
import type { Interview, Interviewer } from '../core/model';
import { planFollowUps } from '../core/rules/plan';
import type { FollowUp } from '../core/rules/types';
import { openOptions, type StateReply } from '../ui/client';
import { describeDue } from '../ui/format';
import { FOLLOW_UP_LABEL } from '../ui/words';
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
  const items = plan.flatMap((followUp): Item[] => {
    const interview = state.interviews.find((i) => i.id === followUp.interviewId);
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

export function DueNow({ state, now }: { state: StateReply; now: Date }) {
  const { due, more, next } = useMemo(() => dueSummary(state, now), [state, now]);
  return (
    <section aria-labelledby="due-title">
      <h1 id="due-title">Due now</h1>
      {state.interviews.length === 0 ? (
        <p>
          Your log is empty. Add an interview in Connect Coach, or open an interviewer’s LinkedIn profile and
          add them from here.
        </p>
      ) : due.length === 0 ? (
        <p>Nothing is due right now.</p>
      ) : (
        <ul class="due-list">
          {due.map((item) => (
            <DueItem key={`${item.interview.id}/${item.person.id}`} item={item} now={now} />
          ))}
        </ul>
      )}
      {more > 0 && (
        <p>
          <button type="button" class="link" onClick={openOptions}>
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

function DueItem({ item, now }: { item: Item; now: Date }) {
  const { followUp, interview, person } = item;
  return (
    <li class="due-item">
      <p class="due-what user-text">
        {FOLLOW_UP_LABEL[followUp.kind]}{' '}
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
    </li>
  );
}
