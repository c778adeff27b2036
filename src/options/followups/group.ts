/**
 * The follow-ups page's lists, from the plan and the log: the thank-you emails due, due now, upcoming,
 * waiting on them (invitations sent) and connected (with the next light touch). Pure: the caller passes
 * the plan.
 */
import type { Interview, Interviewer } from '../../core/model';
import { deadlineOf, isOverdue } from '../../core/rules/hold';
import type { Advice, FollowUp, FollowUpKind } from '../../core/rules/types';

export interface FollowUpItem {
  key: string;
  interview: Interview;
  person: Interviewer;
  /** What to do; absent for people we are only waiting on or have stopped messaging. */
  kind?: FollowUpKind;
  /** When it is due (or, for an invitation sent, when it was sent); null when nothing is planned. */
  when: Date | null;
  /** The plan's advice; null where the plan has none (invitations out, connections left in peace): the
   * row asks advise() itself, for the rows it shows only. */
  advice: Advice | null;
  /** The last good moment for what is planned (see deadlineOf), or null. */
  deadline: Date | null;
  /** Past its deadline. */
  overdue: boolean;
}

export interface FollowUpGroups {
  /** Thank-you emails due now: their own list, with the draft (one not yet due is under upcoming). */
  emails: FollowUpItem[];
  dueNow: FollowUpItem[];
  upcoming: FollowUpItem[];
  waiting: FollowUpItem[];
  connected: FollowUpItem[];
}

/**
 * Sorts the plan and the log into the page's lists. A check-in not yet due shows under "connected", where
 * the person's next touch is, rather than twice.
 *
 * @example
 * groupFollowUps({ interviews, now, plan: planFollowUps({ interviews, settings, now }) })
 */
export function groupFollowUps({
  interviews,
  now,
  plan,
}: {
  interviews: Interview[];
  now: Date;
  plan: FollowUp[];
}) {
  const byId = new Map(interviews.map((interview) => [interview.id, interview]));
  const planned = new Map<string, FollowUp>();
  const groups: FollowUpGroups = { emails: [], dueNow: [], upcoming: [], waiting: [], connected: [] };
  for (const item of plan) {
    const interview = byId.get(item.interviewId);
    const person = interview?.interviewers.find((p) => p.id === item.interviewerId);
    if (!interview || !person) continue;
    const email = item.kind === 'thank-you-email';
    if (!email) planned.set(keyOf(interview, person), item);
    const deadline = deadlineOf(item.kind, item.advice, item.dueAt, item.by);
    const row = {
      ...rowOf(interview, person, item.advice, item.dueAt),
      // A person can have a thank-you email and a LinkedIn follow-up in the same list.
      key: `${keyOf(interview, person)}/${item.kind}`,
      kind: item.kind,
      deadline,
      overdue: isOverdue(item, now),
    };
    if (item.dueAt <= now) (email ? groups.emails : groups.dueNow).push(row);
    else if (item.kind !== 'check-in') groups.upcoming.push(row);
  }
  for (const interview of interviews) {
    for (const person of interview.interviewers) {
      if (person.invite.state === 'sent') {
        const sentAt = person.invite.at ? new Date(person.invite.at) : null;
        groups.waiting.push(rowOf(interview, person, null, sentAt));
      } else if (person.invite.state === 'accepted') {
        const next = planned.get(keyOf(interview, person));
        const row = rowOf(interview, person, next?.advice ?? null, next?.dueAt ?? null);
        groups.connected.push(
          next
            ? {
                ...row,
                kind: next.kind,
                deadline: deadlineOf(next.kind, next.advice, next.dueAt, next.by),
                overdue: isOverdue(next, now),
              }
            : row,
        );
      }
    }
  }
  groups.waiting.sort(byWhen);
  groups.connected.sort(byWhen);
  return groups;
}

const keyOf = (interview: Interview, person: Interviewer) => `${interview.id}/${person.id}`;

function rowOf(
  interview: Interview,
  person: Interviewer,
  advice: Advice | null,
  when: Date | null,
): FollowUpItem {
  return { key: keyOf(interview, person), interview, person, when, advice, deadline: null, overdue: false };
}

/** Soonest first; nothing planned last. */
function byWhen(a: FollowUpItem, b: FollowUpItem): number {
  const [x, y] = [
    a.when?.getTime() ?? Number.POSITIVE_INFINITY,
    b.when?.getTime() ?? Number.POSITIVE_INFINITY,
  ];
  return x === y ? 0 : x < y ? -1 : 1;
}
