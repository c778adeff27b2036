/**
 * Telling a reply from a failure, without zod (the popup and the content script carry none): every view
 * checks a reply with these before showing it, so a `{ ok: false, error }` is never taken for an answer.
 */
import type { Failure, PageAnswer } from './messages';

/**
 * True for a failure answer (`{ ok: false, error }`), which must never be taken for the answer asked for.
 *
 * @example isFailure({ ok: false, error: 'Storage is full.' }) // true
 */
export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

/** What the background answers to `page/reading`: the person's answer, null for a stranger, or a failure. */
export type PageReply = PageAnswer | null | Failure;

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
