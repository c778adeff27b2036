/**
 * An interview's times, parsed once. planFollowUps() advises every interviewer of an interview from the
 * same parsed times, so a log of thousands is not re-parsed per person.
 */

import type { Interview } from '../model';
import { parseTime } from '../parse-time';
import { addDays } from './dates';
import { nudgeFrom } from './tone';

export interface InterviewTimes {
  interview: Interview;
  at: Date;
  /** The date they said they would reply by: only while the outcome is pending and when it falls after the interview. */
  replyBy: Date | null;
  /** When the outcome became known; null while it is pending. Defaults to a day after the interview. */
  outcomeAt: Date | null;
  /** From when no word yet calls for a nudge (tone.ts `nudgeFrom`); null once the outcome is known. */
  nudgeAt: Date | null;
}

/**
 * Reads the times `advise` needs from an interview.
 *
 * @example
 * readTimes(InterviewSchema.parse({ id: 'i1', company: 'Acme', role: 'Designer', at: '2026-03-09T14:00:00Z',
 *   expectedReplyBy: '2026-03-20' })).replyBy // → 20 March 2026, 23:59:59.999 local
 */
export function readTimes(interview: Interview): InterviewTimes {
  const at = parseTime(interview.at);
  const pending = interview.outcome === 'pending';
  const replyBy = pending && interview.expectedReplyBy ? parseTime(interview.expectedReplyBy) : null;
  let outcomeAt: Date | null = null;
  if (!pending) outcomeAt = interview.outcomeAt ? parseTime(interview.outcomeAt) : addDays(at, 1);
  const after = replyBy && replyBy > at ? replyBy : null;
  return { interview, at, replyBy: after, outcomeAt, nudgeAt: nudgeFrom({ at, replyBy: after, pending }) };
}
