/** The follow-up plan as an answer to a page: dates as ISO text (messages carry no Date), advice in words. */

import { THANK_YOU_EMAIL_WHY } from '../core/email/due';
import { deadlineOf, isOverdue } from '../core/rules/hold';
import { planFollowUps } from '../core/rules/plan';
import { summarise } from '../core/rules/summary';
import type { FollowUpKind, Verdict } from '../core/rules/types';
import type { StoredState } from '../storage/types';

export interface PlanItem {
  interviewId: string;
  interviewerId: string;
  name: string;
  company: string;
  kind: FollowUpKind;
  /** ISO datetime. */
  dueAt: string;
  /** The last good moment (ISO datetime), or null; `overdue` once it has passed. */
  deadline: string | null;
  overdue: boolean;
  verdict: Verdict;
  summary: string;
  reasons: string[];
}

/**
 * The whole log's next actions, soonest first.
 *
 * @example planItems(state, new Date())[0] // { kind: 'connect', dueAt: '2026-03-10T09:00:00.000Z', summary: 'Send …', … }
 */
export function planItems({ interviews, settings }: StoredState, now: Date): PlanItem[] {
  return planFollowUps({ interviews, settings, now }).map((item) => {
    const interview = interviews.find((candidate) => candidate.id === item.interviewId);
    const person = interview?.interviewers.find((candidate) => candidate.id === item.interviewerId);
    // A thank-you email's why is etiquette's order, not the LinkedIn advice the item carries.
    const email = item.kind === 'thank-you-email';
    return {
      interviewId: item.interviewId,
      interviewerId: item.interviewerId,
      name: person?.name ?? '',
      company: interview?.company ?? '',
      kind: item.kind,
      dueAt: item.dueAt.toISOString(),
      deadline: deadlineOf(item.kind, item.advice, item.dueAt, item.by)?.toISOString() ?? null,
      overdue: isOverdue(item, now),
      verdict: item.advice.verdict,
      summary: email ? THANK_YOU_EMAIL_WHY : summarise(item.advice, now),
      reasons: email ? [THANK_YOU_EMAIL_WHY] : item.advice.reasons.map((reason) => reason.text),
    };
  });
}
