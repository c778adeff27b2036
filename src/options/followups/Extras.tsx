/**
 * The Follow-ups page's additions: thank-you emails to write (they come first: etiquette asks for them
 * within a day) and this month's note plan (who gets one of the scarce personalised notes, and why).
 */
import { useState } from 'preact/hooks';
import type { Change } from '../../ui/follow-up-writes';
import { notesLeftWords, useNotePlan } from '../../ui/useNotePlan';
import type { LogState } from '../useLog';
import { FIRST_SHOWN } from './Group';
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

/**
 * This month's note plan, the first few in order and the rest on request: a log of hundreds has hundreds
 * of open windows, and rendering each row held up the page's first paint.
 */
export function NotePlan({ state, now }: Omit<Props, 'reload'>) {
  const result = useNotePlan({ interviews: state.interviews, settings: state.settings, now });
  const [all, setAll] = useState(false);
  if (!result || result.plan.length === 0) return null;
  const shown = all ? result.plan : result.plan.slice(0, FIRST_SHOWN);
  const left =
    result.notesLeft === null
      ? 'Premium: no monthly limit on personalised notes.'
      : `${notesLeftWords(result.notesLeft)}.`;
  return (
    <section class="group" aria-labelledby="notes-title">
      <h2 id="notes-title">This month's notes</h2>
      <p class="hint">{left} In this order, closest to the decision first:</p>
      <ol class="items" data-group="note-plan">
        {shown.map((item) => {
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
      {shown.length < result.plan.length && (
        <button type="button" class="quiet more" onClick={() => setAll(true)}>
          Show all {result.plan.length}
          <span class="visually-hidden"> in this month's notes</span>
        </button>
      )}
    </section>
  );
}
