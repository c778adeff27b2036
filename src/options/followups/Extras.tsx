/**
 * The Follow-ups page's additions: thank-you emails to write (they come first: etiquette asks for them
 * within a day) and this month's note plan (who gets one of the scarce personalised notes, and why).
 */
import { useMemo } from 'preact/hooks';
import { planNotes } from '../../core/planner/plan-notes';
import type { Change } from '../../ui/follow-up-writes';
import type { LogState } from '../useLog';
import type { FollowUpItem } from './group';
import { PersonLink } from './parts';
import { ThankYouEmail } from './ThankYouEmail';

interface Props {
  state: LogState;
  now: Date;
  reload(): void;
}

const find = (state: LogState, interviewId: string, interviewerId: string) => {
  const interview = state.interviews.find((candidate) => candidate.id === interviewId);
  const person = interview?.interviewers.find((candidate) => candidate.id === interviewerId);
  return interview && person ? { interview, person } : null;
};

/**
 * The plan's thank-you emails due now (snoozed ones come back on their day, skipped people have none),
 * each with its draft, Mark as sent, Snooze and Skip.
 */
export function ThankYouEmails({
  state,
  now,
  due,
  onChange,
}: Omit<Props, 'reload'> & { due: FollowUpItem[]; onChange(change: Change): void }) {
  if (due.length === 0) return null;
  return (
    <section class="group" aria-labelledby="emails-title">
      <h2 id="emails-title">
        Thank-you emails <span class="count">{due.length}</span>
      </h2>
      <p class="hint">
        Etiquette asks for a short thank-you email within a day; the LinkedIn invitation comes later.
      </p>
      <ul class="items" data-group="emails">
        {due.map(({ key, interview, person, deadline, overdue }) =>
          person.email ? (
            <li key={key} class={overdue ? 'item overdue' : 'item'}>
              <ThankYouEmail
                by={deadline}
                interview={interview}
                person={{ ...person, email: person.email }}
                settings={state.settings}
                now={now}
                onChange={onChange}
              />
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}

export function NotePlan({ state, now }: Omit<Props, 'reload'>) {
  const { interviews, settings } = state;
  const result = useMemo(() => planNotes({ interviews, settings, now }), [interviews, settings, now]);
  if (result.plan.length === 0) return null;
  const left =
    result.notesLeft === null
      ? 'Premium: no monthly limit on personalised notes.'
      : `${result.notesLeft} personalised note${result.notesLeft === 1 ? '' : 's'} left this month.`;
  return (
    <section class="group" aria-labelledby="notes-title">
      <h2 id="notes-title">This month's notes</h2>
      <p class="hint">{left} In this order, closest to the decision first:</p>
      <ol class="items" data-group="note-plan">
        {result.plan.map((item) => {
          const found = find(state, item.interviewId, item.interviewerId);
          if (!found) return null;
          return (
            <li key={`${item.interviewId}/${item.interviewerId}`} class="item">
              <div class="item-main">
                <p class="action">
                  {item.withNote ? 'With a note: ' : 'Without a note: '}
                  <PersonLink person={found.person} />
                </p>
                <p class="why user-text">{item.reason}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
