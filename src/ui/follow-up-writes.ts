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
 * Done: a connection request (connect, nudge, prepare) is recorded as sent; a check-in as a message sent;
 * a thank-you email as sent (as its own "Mark as sent" does).
 *
 * @example doneChange('check-in', iv, priya, now).said // → 'Logged a message to Priya Natarajan.'
 */
export function doneChange(kind: FollowUpKind, interview: Interview, person: Interviewer, now: Date): Change {
  if (kind === 'thank-you-email') return emailSentChange(interview, person, now);
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
  return sentChange(interview, person, now);
}

/**
 * The connection request recorded as sent (with the note, when there was one).
 *
 * @example sentChange(iv, priya, now, 'Hi Priya…').said // → 'Marked as sent to Priya Natarajan.'
 */
export function sentChange(interview: Interview, person: Interviewer, now: Date, note?: string): Change {
  const invite = { state: 'sent' as const, at: formatISO(now), ...(note ? { note } : {}) };
  return {
    said: `Marked as sent to ${person.name}.`,
    apply: [patch(interview, person, { invite })],
    undo: [patch(interview, person, { invite: person.invite })],
  };
}

/**
 * The thank-you email marked as sent: its reminder ends and the LinkedIn window takes it into account.
 * Written as the whole interview with its base, so Undo can take the mark away again (a patch can only
 * set fields).
 *
 * @example emailSentChange(iv, sam, now).said // → 'Marked the thank-you email to Sam Ortiz as sent.'
 */
export function emailSentChange(interview: Interview, person: Interviewer, now: Date): Change {
  const next = {
    ...interview,
    interviewers: interview.interviewers.map((p) =>
      p.id === person.id ? { ...p, thankYouEmailAt: formatISO(now) } : p,
    ),
  };
  return {
    said: `Marked the thank-you email to ${person.name} as sent.`,
    apply: [{ type: 'interview/put', interview: next, base: interview }],
    undo: [{ type: 'interview/put', interview, base: next }],
  };
}

/** They accepted the invitation (LinkedIn said so, or the person saw it). */
export function acceptedChange(interview: Interview, person: Interviewer, now: Date): Change {
  return {
    said: `${person.name} accepted: you are connected.`,
    apply: [
      patch(interview, person, { invite: { ...person.invite, state: 'accepted', at: formatISO(now) } }),
    ],
    undo: [patch(interview, person, { invite: person.invite })],
  };
}

/** "Log as sent" for a message to a connection. */
export function messageChange(interview: Interview, person: Interviewer, now: Date): Change {
  return {
    said: `Logged your message to ${person.name}.`,
    apply: [
      {
        type: 'interviewer/touch',
        interviewId: interview.id,
        interviewerId: person.id,
        touch: { at: formatISO(now), kind: 'message', replied: false },
      },
    ],
    undo: [patch(interview, person, { touches: person.touches })],
  };
}

/** "They replied": the last touch answered (or, with none logged, a message that was answered). */
export function repliedChange(interview: Interview, person: Interviewer, now: Date): Change {
  const last = person.touches.at(-1);
  const touches = last
    ? [...person.touches.slice(0, -1), { ...last, replied: true }]
    : [{ at: formatISO(now), kind: 'message' as const, replied: true }];
  return {
    said: `Noted: ${person.name} replied.`,
    apply: [patch(interview, person, { touches })],
    undo: [patch(interview, person, { touches: person.touches })],
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
  offer: 'An offer',
  rejected: 'Not this time',
  withdrawn: 'I withdrew',
};

/** @example heardBackChange(iv, 'offer', now).said // → 'Recorded for Contoso Health: an offer.' */
export function heardBackChange(
  interview: Interview,
  outcome: Exclude<Outcome, 'pending'>,
  now: Date,
): Change {
  const next = { ...interview, outcome, outcomeAt: formatISO(now) };
  // Each write says what it started from, so the writer merges it with anything changed meanwhile
  // (storage/merge.ts) rather than putting back a stale copy: Undo starts from the answer it undoes.
  return {
    said: `Recorded for ${interview.company}: ${HEARD_BACK[outcome].toLowerCase()}.`,
    apply: [{ type: 'interview/put', interview: next, base: interview }],
    undo: [{ type: 'interview/put', interview, base: next }],
  };
}
