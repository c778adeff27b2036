/**
 * planFollowUps(): the whole log as one list of next actions, soonest first. The background schedules
 * reminders from it and the options page lists it.
 */
import { thankYouEmailFollowUp } from '../email/due';
import type { Interview, Settings } from '../model';
import { adviseBare, withLazyReasons } from './advise';
import { later } from './dates';
import { heldDue, isSkipped } from './hold';
import { type InterviewTimes, readTimes } from './interview-times';
import type { Advice, FollowUp, FollowUpKind } from './types';

export interface PlanInput {
  interviews: Interview[];
  settings: Settings;
  now: Date;
}

/**
 * One entry per interviewer with a next action on LinkedIn, and one per thank-you email still to write
 * (see email/due.ts: due an hour after the interview, by the end of the next working day), soonest
 * `dueAt` first; equal times keep the log's order (interview, then interviewer, the email first). A
 * snoozed person's follow-ups are due when the snooze ends. Nothing for skipped people; on LinkedIn,
 * nothing for people to avoid, invitations already out (there is nothing to do but wait, and resending
 * is never suggested) or connections we have stopped messaging.
 *
 * @example
 * planFollowUps({ interviews, settings, now })
 * // → [{ interviewId: 'acme', interviewerId: 'dana', kind: 'connect', dueAt: Tue 10 March 14:00, advice }, …]
 */
export function planFollowUps({ interviews, settings, now }: PlanInput): FollowUp[] {
  const plan: FollowUp[] = [];
  /** Each entry's due time before any snooze, by its place in `plan`: the order is by this. */
  const unheldTimes: number[] = [];
  const add = (item: FollowUp, unheld: Date) => {
    plan.push(item);
    unheldTimes.push(unheld.getTime());
  };
  for (const interview of interviews) {
    const times = readTimes(interview);
    for (const person of interview.interviewers) {
      if (isSkipped(person)) continue;
      const bare = adviseBare(times, person, settings, now);
      const email = thankYouEmailFollowUp(times.at, person, now);
      const next = nextAction(bare, times);
      // Most people of a long log have nothing to do: only those who do get reasons to read.
      if (!email && !next) continue;
      const advice = withLazyReasons(bare, times, person, settings, now);
      const { id: interviewId } = interview;
      const { id: interviewerId } = person;
      // Literals, not spreads: the plan is thousands of these.
      if (email) {
        const { from, by } = email;
        const dueAt = heldDue(from, person);
        add({ interviewId, interviewerId, kind: 'thank-you-email', dueAt, by, advice }, from);
      }
      if (next) {
        const dueAt = heldDue(next.dueAt, person);
        add({ interviewId, interviewerId, kind: next.kind, dueAt, advice }, next.dueAt);
      }
    }
  }
  // Places sorted by time, then mapped back: no lookup per comparison. Array.prototype.sort is stable,
  // so equal times keep the log's order.
  const order = plan.map((_, place) => place).sort((a, b) => unheldTimes[a]! - unheldTimes[b]!);
  return order.map((place) => plan[place]!);
}

/** What the advice asks for next on LinkedIn, and from when. */
function nextAction(
  advice: Advice,
  times: InterviewTimes,
): { kind: Exclude<FollowUpKind, 'thank-you-email'>; dueAt: Date } | null {
  const { verdict, opensAt } = advice;
  if (verdict === 'connected')
    return advice.nextTouchAt ? { kind: 'check-in', dueAt: advice.nextTouchAt } : null;
  if (!opensAt || verdict === 'avoid' || verdict === 'sent') return null;
  if (verdict === 'prepare') return { kind: 'prepare', dueAt: opensAt };
  const nudge = advice.tone === 'nudge' ? times.nudgeAt : null;
  // A nudge is never due before the window opens: until then the person can only wait.
  if (nudge) return { kind: 'nudge', dueAt: later(nudge, opensAt) };
  return { kind: 'connect', dueAt: opensAt };
}
