/**
 * The answer to a profile page: who this is in the log and what to do, already in words, so the content
 * script needs no rules, dates or schemas (DESIGN.md "The content script is eyes and hands").
 */
import { noteLimit } from '../core/basics';
import { byName, bySlug, type Match } from '../core/match';
import type { Interview, Settings } from '../core/model';
import { draftNote } from '../core/notes/draft';
import { notePlanLine, planNotes } from '../core/planner/plan-notes';
import { advise } from '../core/rules/advise';
import { summarise } from '../core/rules/summary';
import type { PageAnswer, ProfileReading } from '../messages';
import type { StoredState } from '../storage/types';

/** The person on the page in the log: by profile address first, then by the same name at the same company. */
export function findReading(state: StoredState, reading: ProfileReading): Match | null {
  if (reading.own) return null;
  const [exact] = bySlug(state.interviews, reading.slug);
  if (exact) return exact;
  if (!reading.name || !reading.company) return null;
  return byName(state.interviews, reading.name, reading.company)[0] ?? null;
}

/**
 * Everything the helper card shows for `match` at `now`.
 *
 * @example answerFor(match, settings, new Date()) // { verdict: 'send', summary: 'Send your request now — …', … }
 */
export function answerFor(
  { interview, person, byName }: Match,
  settings: Settings,
  now: Date,
  interviews: Interview[] = [interview],
): PageAnswer {
  const advice = advise({ interview, interviewerId: person.id, settings, now });
  const limit = noteLimit(settings);
  // The person's own edit wins, unless it no longer fits (say, after moving from Premium to free).
  const draft =
    person.draft && person.draft.length <= limit
      ? person.draft
      : draftNote({ interview, interviewerId: person.id, settings, tone: advice.tone, now });
  return {
    interviewId: interview.id,
    interviewerId: person.id,
    name: person.name,
    company: interview.company,
    verdict: advice.verdict,
    summary: summarise(advice, now),
    reasons: advice.reasons.map((reason) => reason.text),
    draft,
    limit,
    showHelper: settings.inlineHelper,
    byName,
    notePlan: notePlanLine(planNotes({ interviews, settings, now }), interview.id, person.id),
  };
}
