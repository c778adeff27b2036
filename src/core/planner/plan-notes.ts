/**
 * planNotes(): with only a few personalised notes a month on a free account, who gets one. The people
 * whose window is open or opens before the month ends are ranked by how close they were to the decision,
 * then by how soon their best moment ends; the first ones get the notes left. The others are told to
 * send without a note and thank the person by message once they accept.
 */
import { addMonths, endOfMonth, startOfMonth } from 'date-fns';
import type { Interview, InterviewerRole, Settings } from '../model';
import { adviseFor } from '../rules/advise';
import { readTimes } from '../rules/interview-times';
import { dayLabel, firstName } from '../rules/reasons';
import type { Advice } from '../rules/types';
import { notesLeft as countNotesLeft } from './notes-left';

export interface NotePlanInput {
  interviews: Interview[];
  settings: Settings;
  now: Date;
}

export interface NotePlanItem {
  interviewId: string;
  interviewerId: string;
  withNote: boolean;
  /** Why, in the person's words. */
  reason: string;
}

export interface NotePlan {
  /** Personalised notes left this month; null on Premium (no monthly limit). */
  notesLeft: number | null;
  /** The order in which to write notes: every `withNote` first. */
  plan: NotePlanItem[];
}

/** The nearer to the decision, the smaller: who decides comes before who organised the process. */
const CLOSENESS: Readonly<Record<InterviewerRole, number>> = {
  'hiring-manager': 0,
  executive: 1,
  panel: 2,
  recruiter: 3,
  other: 4,
};

const WHY: Readonly<Record<InterviewerRole, (first: string) => string>> = {
  'hiring-manager': (first) => `as the hiring manager, ${first} is closest to the decision`,
  executive: (first) => `as a senior leader, ${first} has a say in the decision`,
  panel: (first) => `${first} sat on the panel and has a voice in the decision`,
  recruiter: (first) => `${first} ran the process as the recruiter`,
  other: (first) => `${first} took part in the interview`,
};

interface Candidate {
  interviewId: string;
  interviewerId: string;
  first: string;
  role: InterviewerRole;
  thanked: boolean;
  advice: Advice & { opensAt: Date; idealBy: Date };
  order: number;
}

/** Everyone an invitation is due for, or comes due for, before the month ends, in the log's order. */
function candidates(interviews: readonly Interview[], settings: Settings, now: Date): Candidate[] {
  const monthEnds = endOfMonth(now);
  const found: Candidate[] = [];
  for (const interview of interviews) {
    const times = readTimes(interview);
    for (const person of interview.interviewers) {
      const advice = adviseFor(times, person, settings, now);
      const { verdict, opensAt, idealBy } = advice;
      if (!['wait', 'prepare', 'send'].includes(verdict) || !opensAt || !idealBy || opensAt > monthEnds)
        continue;
      found.push({
        interviewId: interview.id,
        interviewerId: person.id,
        first: firstName(person.name),
        role: person.role,
        thanked: Boolean(person.thankYouEmailAt),
        advice: { ...advice, opensAt, idealBy },
        order: found.length,
      });
    }
  }
  return found;
}

/** Closest to the decision first; at equal closeness someone not yet thanked by email; then the best moment that ends first. */
function byPriority(a: Candidate, b: Candidate): number {
  return (
    CLOSENESS[a.role] - CLOSENESS[b.role] ||
    Number(a.thanked) - Number(b.thanked) ||
    a.advice.idealBy.getTime() - b.advice.idealBy.getTime() ||
    a.order - b.order
  );
}

function withNoteReason(candidate: Candidate, place: number, left: number | null, now: Date): string {
  const { first, role, advice } = candidate;
  const when =
    advice.idealBy > now
      ? `; the best moment ends ${dayLabel(advice.idealBy, now)}`
      : '; the best moment is now';
  const count =
    left === null ? 'Premium has no monthly limit' : `note ${place} of the ${left} left this month`;
  return `A personal note for ${first} (${count}): ${WHY[role](first)}${when}.`;
}

function withoutNoteReason(candidate: Candidate, left: number, now: Date): string {
  const { first, advice } = candidate;
  const renews = startOfMonth(addMonths(now, 1));
  const wait =
    renews <= advice.idealBy ? `, or wait for new notes on ${dayLabel(renews, now)}, still in good time` : '';
  const why =
    left === 0
      ? 'No personalised notes left this month'
      : `Your ${left === 1 ? 'last note goes' : `${left} notes go`} to people closer to the decision or whose moment ends sooner`;
  const thanked = candidate.thanked ? ` You already thanked ${first} by email.` : '';
  return `${why}: send without a note and thank ${first} by message once they accept${wait}.${thanked}`;
}

/**
 * Who gets one of this month's personalised notes, in order, and why.
 *
 * @example
 * planNotes({ interviews, settings, now: new Date(2026, 2, 12, 10) })
 * // → { notesLeft: 1, plan: [{ interviewerId: 'sam', withNote: true, reason: 'A personal note for Sam (note 1 of the 1 left …' },
 * //                         { interviewerId: 'dana', withNote: false, reason: 'Your last note goes to people closer …' }] }
 */
export function planNotes({ interviews, settings, now }: NotePlanInput): NotePlan {
  const left = countNotesLeft(interviews, settings, now);
  const ranked = candidates(interviews, settings, now).sort(byPriority);
  const plan = ranked.map((candidate, index): NotePlanItem => {
    const withNote = left === null || index < left;
    const reason = withNote
      ? withNoteReason(candidate, index + 1, left, now)
      : withoutNoteReason(candidate, left ?? 0, now);
    return { interviewId: candidate.interviewId, interviewerId: candidate.interviewerId, withNote, reason };
  });
  return { notesLeft: left, plan };
}

/**
 * The one line the helper card shows about notes for this person; null on Premium (nothing to ration) or
 * when they are not in this month's plan.
 *
 * @example notePlanLine(planNotes({ interviews, settings, now }), 'acme', 'sam') // 'A personal note for Sam (note 1 of the 2 left …'
 */
export function notePlanLine(plan: NotePlan, interviewId: string, interviewerId: string): string | null {
  if (plan.notesLeft === null) return null;
  const item = plan.plan.find(
    (entry) => entry.interviewId === interviewId && entry.interviewerId === interviewerId,
  );
  return item?.reason ?? null;
}
