/**
 * Snooze and Skip from the card on LinkedIn's page, for a follow-up that is due: the same writes and the
 * same words as the popup's follow-up actions (src/ui/follow-up-writes.ts), and Undo. The page names the
 * interviewer; the background acts only when that interviewer's profile is the page the message came
 * from, and keeps each Undo itself (the page never says what to write back).
 */
import { bySlug } from '../core/match';
import { snoozeUntil } from '../core/rules/hold';
import type { Failure, Message } from '../messages';
import { readAll } from '../storage/store';
import { type Change, skipChange, snoozeChange } from '../ui/follow-up-writes';
import { patchInterviewer } from './writer';

type Ask = Extract<Message, { type: 'page/follow-up' }>;

/** What the card reads: the popup's confirmation ("Snoozed until …", "No more follow-ups for …"). */
export type FollowUpReply = { ok: true; said: string } | Failure;

/** The last change per interviewer, for its Undo (in memory: a worker restart forgets it, and says so). */
const undos = new Map<string, Change['undo']>();

const NOT_HERE: Failure = {
  ok: false,
  error: 'Only the person on this page can be snoozed or skipped here.',
};

/** Applies `interviewer/patch` messages (what a Change holds) in order; the first failure, or null. */
async function apply(messages: Change['undo']): Promise<string | null> {
  for (const message of messages) {
    if (message.type !== 'interviewer/patch') continue;
    const done = await patchInterviewer(message.interviewId, message.interviewerId, message.patch as never);
    if (!done.ok) return done.error;
  }
  return null;
}

/**
 * Snoozes (until tomorrow or next week, 09:00), skips, or undoes the last of these for the interviewer on
 * the page at `slug`.
 *
 * @example await pageFollowUp({ type: 'page/follow-up', interviewId: 'iv-1', interviewerId: 'p-1', action: 'tomorrow' }, 'priya-natarajan', now)
 * // { ok: true, said: 'Snoozed until Wednesday 11 March, 09:00.' }
 */
export async function pageFollowUp(
  { interviewId, interviewerId, action }: Ask,
  slug: string | undefined,
  now: Date,
): Promise<FollowUpReply> {
  const match = slug ? bySlug((await readAll()).interviews, slug) : [];
  const found = match.find((m) => m.interview.id === interviewId && m.person.id === interviewerId);
  if (!found) return NOT_HERE;
  const key = `${interviewId}/${interviewerId}`;
  if (action === 'undo') {
    const undo = undos.get(key);
    if (!undo) return { ok: false, error: 'There is nothing to undo here any more.' };
    undos.delete(key);
    const failed = await apply(undo);
    return failed ? { ok: false, error: `Undo didn’t work: ${failed}` } : { ok: true, said: 'Undone.' };
  }
  const change =
    action === 'skip'
      ? skipChange(found.interview, found.person, now)
      : snoozeChange(found.interview, found.person, snoozeUntil(action, now)!);
  const failed = await apply(change.apply);
  if (failed) return { ok: false, error: `That wasn’t saved: ${failed}` };
  undos.set(key, change.undo);
  return { ok: true, said: change.said };
}
