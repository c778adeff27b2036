/**
 * What a person can do with one follow-up, on every row (popup and Follow-ups): Done, Snooze (tomorrow,
 * next week, a date), Skip this person, and "I heard back" (an offer, not this time, I withdrew).
 * Each answers a Change; the list runs it and shows the confirmation with Undo.
 */
import { useState } from 'preact/hooks';
import type { Interview, Interviewer, Outcome } from '../core/model';
import { snoozeUntil } from '../core/rules/hold';
import type { FollowUpKind } from '../core/rules/types';
import {
  type Change,
  doneChange,
  HEARD_BACK,
  heardBackChange,
  skipChange,
  snoozeChange,
} from './follow-up-writes';
import { dateToLocalInput } from './format';

export interface FollowUpActionsProps {
  interview: Interview;
  person: Interviewer;
  /** The follow-up's kind, when there is one to mark done (none for an invitation we only wait on). */
  kind?: FollowUpKind;
  /** False where the row has its own Done (a thank-you email's "Mark as sent"). */
  done?: boolean;
  now: Date;
  onChange(change: Change): void;
}

/** @example <FollowUpActions interview={iv} person={priya} kind="connect" now={now} onChange={changes.run} /> */
export function FollowUpActions({
  interview,
  person,
  kind,
  done = true,
  now,
  onChange,
}: FollowUpActionsProps) {
  const who = person.name;
  return (
    <div class="follow-actions">
      {kind && done && (
        <button type="button" onClick={() => onChange(doneChange(kind, interview, person, now))}>
          Done<span class="visually-hidden"> ({who})</span>
        </button>
      )}
      {kind && <Snooze interview={interview} person={person} now={now} onChange={onChange} />}
      <button type="button" onClick={() => onChange(skipChange(interview, person, now))}>
        Skip this person<span class="visually-hidden"> ({who})</span>
      </button>
      {interview.outcome === 'pending' && <HeardBack interview={interview} now={now} onChange={onChange} />}
    </div>
  );
}

type Part = Pick<FollowUpActionsProps, 'interview' | 'person' | 'now' | 'onChange'>;

function Snooze({ interview, person, now, onChange }: Part) {
  const [day, setDay] = useState('');
  const [error, setError] = useState('');
  const id = `snooze-${interview.id}-${person.id}`;
  const snooze = (choice: string) => {
    const until = snoozeUntil(choice, now);
    if (!until) return setError('Choose a day after today.');
    setError('');
    onChange(snoozeChange(interview, person, until));
  };
  return (
    <details class="menu">
      <summary>
        Snooze<span class="visually-hidden"> ({person.name})</span>
      </summary>
      <div class="menu-body">
        <button type="button" onClick={() => snooze('tomorrow')}>
          Tomorrow
        </button>
        <button type="button" onClick={() => snooze('next-week')}>
          Next week
        </button>
        <label for={id}>Until</label>
        <input
          id={id}
          type="date"
          min={dateToLocalInput(now).slice(0, 10)}
          value={day}
          onInput={(e) => setDay(e.currentTarget.value)}
        />
        <button type="button" onClick={() => snooze(day)}>
          Snooze<span class="visually-hidden"> until that day</span>
        </button>
        {error && <p class="field-error">{error}</p>}
      </div>
    </details>
  );
}

function HeardBack({ interview, now, onChange }: Omit<Part, 'person'>) {
  const id = `heard-${interview.id}`;
  return (
    <span class="heard-back">
      <label for={id} class="visually-hidden">
        I heard back from {interview.company}
      </label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const outcome = e.currentTarget.value as Exclude<Outcome, 'pending'>;
          if (outcome in HEARD_BACK) onChange(heardBackChange(interview, outcome, now));
        }}
      >
        <option value="">I heard back…</option>
        {(Object.keys(HEARD_BACK) as Exclude<Outcome, 'pending'>[]).map((outcome) => (
          <option key={outcome} value={outcome}>
            {HEARD_BACK[outcome]}
          </option>
        ))}
      </select>
    </span>
  );
}
