/**
 * The answer to a profile page: who this is in the log and what to do, already in words, so the content
 * script needs no rules, dates or schemas (DESIGN.md "The content script is eyes and hands").
 */

import type { VisitAnswer } from '../content/seam';
import { noteLimit } from '../core/basics';
import { byName, bySlug, type Match, normaliseName } from '../core/match';
import type { Interview, Settings } from '../core/model';
import { draftNote } from '../core/notes/draft';
import { notePlanLine, planNotes } from '../core/planner/plan-notes';
import { advise } from '../core/rules/advise';
import { planFollowUps } from '../core/rules/plan';
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
    // A follow-up due now: the card then offers Snooze and Skip, as the popup's follow-ups do.
    due: planFollowUps({ interviews: [interview], settings, now }).some(
      (item) => item.interviewerId === person.id && item.dueAt <= now,
    ),
  };
}

/**
 * The person a LinkedIn tab's title names: "Name | LinkedIn", possibly after a count of notifications,
 * "(3) Name | LinkedIn"; null for any other title (a page still loading, the feed).
 *
 * @example nameInTitle('(3) Priya Natarajan | LinkedIn') // 'Priya Natarajan'
 */
export function nameInTitle(title: string): string | null {
  const name = /^\s*(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/.exec(title)?.[1];
  return name ? name.trim() : null;
}

/**
 * What a visit to `slug` needs of the helper (src/content/seam.ts): `coach` for a person in the log by
 * address, or possibly in it (the title names an interviewer with no address yet: the helper reads the
 * card and `page/reading`'s match by name and company decides); `own` for one's own saved slug; `none`
 * for everyone else, who then gets nothing injected and nothing read.
 *
 * @example visitAnswer(state, 'priya-natarajan', 'Priya Natarajan | LinkedIn') // { mode: 'coach', name: 'Priya Natarajan' }
 */
export function visitAnswer(state: StoredState, slug: string | null, title: string): VisitAnswer {
  if (!slug) return { mode: 'none', name: null };
  const [logged] = bySlug(state.interviews, slug);
  if (logged) return { mode: 'coach', name: logged.person.name };
  if (state.settings.ownSlug === slug) return { mode: 'own', name: null };
  const titled = nameInTitle(title);
  const wanted = titled && normaliseName(titled);
  const named = wanted
    ? state.interviews
        .flatMap((interview) => interview.interviewers)
        .find((person) => !person.profileUrl && normaliseName(person.name) === wanted)
    : undefined;
  return named ? { mode: 'coach', name: named.name } : { mode: 'none', name: null };
}
