/**
 * Keeping in touch once connected: a first light touch soon after they accept, then a check-in every
 * 90 days, never a message within 30 days of the last one, and silence after two unanswered messages.
 */
import type { Interviewer } from '../model';
import { addDays } from './dates';
import { POLICY } from './policy';

/** What the cadence decided, with the facts its reasons quote. */
export type Cadence =
  | { code: 'over-messaged'; nextTouchAt: null }
  | { code: 'connected-first-touch'; nextTouchAt: Date; acceptedAt: Date }
  | { code: 'check-in'; nextTouchAt: Date; lastTouchAt: Date }
  | { code: 'recent-message'; nextTouchAt: Date; lastMessageAt: Date };

interface DatedTouch {
  time: number;
  kind: Interviewer['touches'][number]['kind'];
  replied: boolean;
}

/**
 * The next light touch for an accepted connection. `acceptedAt` is the invitation's time; when the log
 * lacks it, `fallback` (the window's opening) stands in.
 *
 * @example
 * nextTouch(person, fallback) // accepted Tue 10 March, no touches yet → due from Tue 10 March
 */
export function nextTouch(person: Interviewer, fallback: Date): Cadence {
  const acceptedAt = person.invite.at ? new Date(person.invite.at) : fallback;
  const touches = person.touches
    .map((touch): DatedTouch => ({ time: Date.parse(touch.at), kind: touch.kind, replied: touch.replied }))
    .sort((a, b) => a.time - b.time);
  if (overMessaged(touches)) return { code: 'over-messaged', nextTouchAt: null };

  const last = touches.at(-1);
  const planned: Cadence =
    last && last.time >= acceptedAt.getTime()
      ? {
          code: 'check-in',
          lastTouchAt: new Date(last.time),
          nextTouchAt: addDays(last.time, POLICY.checkInDays),
        }
      : { code: 'connected-first-touch', acceptedAt, nextTouchAt: acceptedAt };

  const lastMessage = touches.findLast((touch) => touch.kind === 'message');
  const gapEnds = lastMessage ? addDays(lastMessage.time, POLICY.messageGapDays) : null;
  if (lastMessage && gapEnds && gapEnds > planned.nextTouchAt) {
    return { code: 'recent-message', lastMessageAt: new Date(lastMessage.time), nextTouchAt: gapEnds };
  }
  return planned;
}

/**
 * Two messages in a row without a reply: the latest two messages went unanswered and nothing since the
 * first of them (a call, an email) brought a reply.
 */
function overMessaged(touches: DatedTouch[]): boolean {
  const messages = touches.filter((touch) => touch.kind === 'message');
  const recent = messages.slice(-POLICY.unansweredMessagesToStop);
  if (recent.length < POLICY.unansweredMessagesToStop) return false;
  const since = recent[0]!.time;
  return !touches.some((touch) => touch.time >= since && touch.replied);
}
