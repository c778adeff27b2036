/**
 * The shapes the background answers with (the protocol's map is `Replies` in src/messages.ts), and telling
 * a reply from a failure without zod (the popup and the content script carry none): every view checks a
 * reply with these before showing it, so a `{ ok: false, error }` is never taken for an answer.
 */
import type { ProfileReading } from './linkedin/reading';
import type { Failure, StoredState } from './storage/types';

/** The answer to `state/get`: the whole log, as the background holds it. */
export type StateReply = { ok: true } & StoredState;

/** The background's answer to `page/visit`: what this visit needs of the helper (injected by then). */
export interface VisitAnswer {
  /**
   * `coach`: a person in the log (by address) or possibly in it (the tab's title names someone of the
   * log who has no address yet): read the card, ask `page/reading`, show the helper.
   * `own`: one's own profile: read the checklist.
   * `none`: a stranger: nothing is read, nothing is added.
   */
  mode: 'coach' | 'own' | 'none';
  /** The name the log has for the person, for finding the card when LinkedIn's structure changed. */
  name: string | null;
}

/**
 * The background's answer to `page/reading` for a person in the log: everything the helper card shows,
 * already in plain words, so the content script needs no rules, dates or schemas. `null` for people not
 * in the log (the content script then adds nothing to the page).
 */
export interface PageAnswer {
  interviewId: string;
  interviewerId: string;
  name: string;
  company: string;
  verdict: 'avoid' | 'sent' | 'connected' | 'wait' | 'prepare' | 'send';
  /** One sentence: the verdict and its window, e.g. "Send your request now; ideally by Friday 13 March." */
  summary: string;
  /** The reasons' sentences, most important first. */
  reasons: string[];
  /** The person's edited draft if any, else a fresh one; always within `limit`. */
  draft: string;
  limit: number;
  /** False when inlineHelper is off: the content script then shows nothing but still keeps the log true. */
  showHelper: boolean;
  /** True when matched by name and company rather than by profile URL (the popup asks to confirm). */
  byName: boolean;
  /** One line on this month's scarce personalised notes for this person (planNotes); null when none applies. */
  notePlan?: string | null;
  /** A follow-up for this person is due now: the card offers Snooze and Skip (`page/follow-up`). */
  due?: boolean;
}

/** The answer to `tab/status` (from a tab's content script): what the page shows now. */
export interface TabStatus {
  reading: ProfileReading | null;
  noteBox: { limit: number; remaining: number | null } | null;
  /** The background's last answer about this person, if any: the popup falls back on its draft (with
   * Copy) when the background does not answer. Optional: a content script may leave it out. */
  answer?: PageAnswer | null;
}

/**
 * True for a failure answer (`{ ok: false, error }`), which must never be taken for the answer asked for.
 *
 * @example isFailure({ ok: false, error: 'Storage is full.' }) // true
 */
export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

/**
 * True for a real `PageAnswer` (not a failure, not a half answer): what a view may render.
 *
 * @example isPageAnswer({ ok: false, error: '…' }) // false
 */
export function isPageAnswer(value: unknown): value is PageAnswer {
  if (typeof value !== 'object' || value === null || isFailure(value)) return false;
  const answer = value as Record<string, unknown>;
  return (
    ['interviewId', 'interviewerId', 'name', 'company', 'verdict', 'summary', 'draft'].every(
      (key) => typeof answer[key] === 'string',
    ) &&
    Array.isArray(answer.reasons) &&
    typeof answer.limit === 'number'
  );
}
