import { type Card, createCard } from './helper-card';
import type { InsertActions } from './insert-row';
import { ask } from './messaging';
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
  const now = await ask({ type: 'page/reading', reading });
  visit.set(now ? { confirmed: true, answer: now } : { confirmed: true });
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
    });
    card.update(scene);
    if (scene.top.nextElementSibling !== card.host && (!card.host.isConnected || calm()))
      scene.top.after(card.host);
  };
  visit.watch(draw);
  visit.signal.addEventListener('abort', () => card?.host.remove(), { once: true });
  draw();
}
