/**
 * What each follow-up action writes, and what its Undo writes back: plain messages to the background,
 * built from the log and `now` (pure, so a test reads them as the product's promises).
 */
import { formatISO } from 'date-fns';
import type { Interview, Interviewer, Outcome } from '../core/model';
import type { FollowUpKind } from '../core/rules/types';
import type { Message } from '../messages';
import { formatWhen } from './format';

export interface Change {
  /** The confirmation the person reads, e.g. "Snoozed until Wednesday 11 March, 09:00." */
  said: string;
  apply: Message[];
  undo: Message[];
}

const patch = (interview: Interview, person: Interviewer, fields: Record<string, unknown>): Message =>
  ({
    type: 'interviewer/patch',
    interviewId: interview.id,
    interviewerId: person.id,
    patch: fields,
  }) as Message;

/**
 * Done: a connection request (connect, nudge, prepare) is recorded as sent; a check-in as a message sent.
 *
 * @example doneChange('check-in', iv, priya, now).said // → 'Logged a message to Priya Natarajan.'
 */
export function doneChange(kind: FollowUpKind, interview: Interview, person: Interviewer, now: Date): Change {
  const at = formatISO(now);
  if (kind === 'check-in') {
    return {
      said: `Logged a message to ${person.name}.`,
      apply: [
        {
          type: 'interviewer/touch',
          interviewId: interview.id,
          interviewerId: person.id,
          touch: { at, kind: 'message', replied: false },
        },
      ],
      undo: [patch(interview, person, { touches: person.touches })],
    };
  }
  return {
    said: `Recorded your request to ${person.name} as sent.`,
    apply: [patch(interview, person, { invite: { state: 'sent', at } })],
    undo: [patch(interview, person, { invite: person.invite })],
  };
}

/** @example snoozeChange(iv, priya, tomorrowAtNine).said // → 'Snoozed until Wednesday 11 March, 09:00.' */
export function snoozeChange(interview: Interview, person: Interviewer, until: Date): Change {
  return {
    said: `Snoozed until ${formatWhen(until)}.`,
    apply: [patch(interview, person, { followUp: { ...person.followUp, snoozedUntil: formatISO(until) } })],
    undo: [patch(interview, person, { followUp: person.followUp ?? {} })],
  };
}

/** @example skipChange(iv, priya, now).said // → 'No more follow-ups for Priya Natarajan.' */
export function skipChange(interview: Interview, person: Interviewer, now: Date): Change {
  return {
    said: `No more follow-ups for ${person.name}.`,
    apply: [patch(interview, person, { followUp: { ...person.followUp, skippedAt: formatISO(now) } })],
    undo: [patch(interview, person, { followUp: person.followUp ?? {} })],
  };
}

/** The outcome in the person's words: "I heard back: …". */
export const HEARD_BACK: Readonly<Record<Exclude<Outcome, 'pending'>, string>> = {
  offer: 'an offer',
  rejected: 'not this time',
  withdrawn: 'I withdrew',
};

/** @example heardBackChange(iv, 'offer', now).said // → 'Recorded: an offer from Contoso Health.' */
export function heardBackChange(
  interview: Interview,
  outcome: Exclude<Outcome, 'pending'>,
  now: Date,
): Change {
  const { outcome: before, outcomeAt, ...rest } = interview;
  return {
    said: `Recorded: ${HEARD_BACK[outcome]} (${interview.company}).`,
    apply: [{ type: 'interview/put', interview: { ...rest, outcome, outcomeAt: formatISO(now) } }],
    undo: [
      { type: 'interview/put', interview: { ...rest, outcome: before, ...(outcomeAt ? { outcomeAt } : {}) } },
    ],
  };
}
