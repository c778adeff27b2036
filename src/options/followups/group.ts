/**
 * The follow-ups page's four lists, from the plan and the log: due now, upcoming, waiting on them
 * (invitations sent) and connected (with the next light touch). Pure: the caller passes the rules.
 */
import type { Interview, Interviewer, Settings } from '../../core/model';
import type { Advice, FollowUp, FollowUpKind } from '../../core/rules/types';

export interface FollowUpItem {
  key: string;
  interview: Interview;
  person: Interviewer;
  /** What to do; absent for people we are only waiting on. */
  kind?: FollowUpKind;
  /** When it is due (or, for an invitation sent, when it was sent); null when nothing is planned. */
  when: Date | null;
  /** The first reason, in words. */
  why: string;
  advice: Advice;
}

export interface FollowUpGroups {
  dueNow: FollowUpItem[];
  upcoming: FollowUpItem[];
  waiting: FollowUpItem[];
  connected: FollowUpItem[];
}

export type AdviseFn = (args: {
  interview: Interview;
  interviewerId: string;
  settings: Settings;
  now: Date;
}) => Advice;

interface GroupArgs {
  interviews: Interview[];
  settings: Settings;
  now: Date;
  plan: FollowUp[];
  advise: AdviseFn;
}

/**
 * Sorts the plan and the log into the page's lists. A check-in not yet due shows under "connected", where
 * the person's next touch is, rather than twice.
 *
 * @example
 * groupFollowUps({ interviews, settings, now, plan: planFollowUps({ interviews, settings, now }), advise })
 */
export function groupFollowUps({ interviews, settings, now, plan, advise }: GroupArgs): FollowUpGroups {
  const byId = new Map(interviews.map((interview) => [interview.id, interview]));
  const groups: FollowUpGroups = { dueNow: [], upcoming: [], waiting: [], connected: [] };
  for (const item of plan) {
    const interview = byId.get(item.interviewId);
    const person = interview?.interviewers.find((p) => p.id === item.interviewerId);
    if (!interview || !person) continue;
    const row = { ...rowOf(interview, person, item.advice, item.dueAt), kind: item.kind };
    if (item.dueAt <= now) groups.dueNow.push(row);
    else if (item.kind !== 'check-in') groups.upcoming.push(row);
  }
  for (const interview of interviews) {
    for (const person of interview.interviewers) {
      const state = person.invite.state;
      if (state !== 'sent' && state !== 'accepted') continue;
      const advice = advise({ interview, interviewerId: person.id, settings, now });
      if (state === 'sent') {
        groups.waiting.push(
          rowOf(interview, person, advice, person.invite.at ? new Date(person.invite.at) : null),
        );
      } else {
        groups.connected.push(rowOf(interview, person, advice, advice.nextTouchAt));
      }
    }
  }
  groups.waiting.sort(byWhen);
  groups.connected.sort(byWhen);
  return groups;
}

function rowOf(interview: Interview, person: Interviewer, advice: Advice, when: Date | null): FollowUpItem {
  return {
    key: `${interview.id}/${person.id}`,
    interview,
    person,
    when,
    why: advice.reasons[0]?.text ?? '',
    advice,
  };
}

/** Soonest first; nothing planned last. */
function byWhen(a: FollowUpItem, b: FollowUpItem): number {
  const [x, y] = [
    a.when?.getTime() ?? Number.POSITIVE_INFINITY,
    b.when?.getTime() ?? Number.POSITIVE_INFINITY,
  ];
  return x === y ? 0 : x < y ? -1 : 1;
}
