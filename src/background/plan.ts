/** The follow-up plan as an answer to a page: dates as ISO text (messages carry no Date), advice in words. */

import { planFollowUps } from '../core/rules/plan';
import type { FollowUpKind, Verdict } from '../core/rules/types';
import type { StoredState } from '../storage/types';
import { summarise } from './summary';

export interface PlanItem {
  interviewId: string;
  interviewerId: string;
  name: string;
  company: string;
  kind: FollowUpKind;
  /** ISO datetime. */
  dueAt: string;
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
    return {
      interviewId: item.interviewId,
      interviewerId: item.interviewerId,
      name: person?.name ?? '',
      company: interview?.company ?? '',
      kind: item.kind,
      dueAt: item.dueAt.toISOString(),
      verdict: item.advice.verdict,
      summary: summarise(item.advice, now),
      reasons: item.advice.reasons.map((reason) => reason.text),
    };
  });
}
