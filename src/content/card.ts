import type { FollowAction } from './follow-row';
import { type Card, createCard } from './helper-card';
import type { InsertActions } from './insert-row';
import { ask, askReading } from './messaging';
import { type Visit, visible } from './scene';

/**
 * The person's answer to "Is this <name> from your <company> interview?".
 *
 * @example onConfirm(visit)(true)
 */
export const onConfirm = (visit: Visit) => async (yes: boolean) => {
  if (!yes) return visit.set({ dismissed: true });
  const { answer, slug, reading } = visit.now;
  await ask({
    type: 'page/confirm-match',
    interviewId: answer.interviewId,
    interviewerId: answer.interviewerId,
    slug,
  });
  // The log now knows this address: the background's new answer is by address.
  const now = await askReading(reading);
  visit.set(now ? { confirmed: true, answer: now } : { confirmed: true });
};

/**
 * Snooze, Skip or Undo from the card: the background writes it and answers the popup's confirmation.
 * Done, the follow-up is no longer due (until an Undo).
 *
 * @example onFollow(visit)('tomorrow')
 */
export const onFollow = (visit: Visit) => async (action: FollowAction) => {
  const { answer } = visit.now;
  const { interviewId, interviewerId } = answer;
  const message = { type: 'page/follow-up', interviewId, interviewerId, action } as const;
  // A refusal (`{ ok: false, error }`) comes back too: the known gap of messaging.ts's `ask` types.
  const reply: { ok: boolean; said?: string; error?: string } | undefined = await ask(message);
  const ok = !!reply?.ok;
  visit.set({
    followed: (ok ? reply?.said : reply?.error) ?? 'Connect Coach didn’t answer.',
    canUndo: ok && action !== 'undo',
    answer: { ...answer, due: ok ? action === 'undo' : answer.due },
  });
};

/**
 * Shows, places and redraws the card for this visit; `moved()` says whether the page may still have
 * our element put back (never fight the page).
 *
 * @example card.init(visit, insertActions(visit), calm);
 */
export function init(visit: Visit, actions: InsertActions, calm: () => boolean): void {
  let card: Card | null = null;
  const draw = () => {
    const scene = visit.now;
    if (!visible(scene)) return void card?.host.remove();
    card ??= createCard({
      ...actions,
      dismiss: () => visit.set({ dismissed: true }),
      confirm: (yes) => void onConfirm(visit)(yes),
      follow: (action) => void onFollow(visit)(action),
    });
    card.update(scene);
    if (scene.top.nextElementSibling !== card.host && (!card.host.isConnected || calm()))
      scene.top.after(card.host);
  };
  visit.watch(draw);
  visit.signal.addEventListener('abort', () => card?.host.remove(), { once: true });
  draw();
}
