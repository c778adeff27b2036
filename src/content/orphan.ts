/**
 * After an update, an orphaned helper takes its elements away at the person's next input. Chrome runs the
 * copy the update injects (src/background/inject.ts) in a new isolated world: it cannot reach this world's
 * off switch (`connectCoachEyes`, src/content/index.ts), and it shows its card at the person's next input
 * on the page (src/content/presence.ts). So at that input this copy, if orphaned, turns its always-on
 * script off, which aborts the visit and with it everything the helper added. (Firefox ends an old copy's
 * scripts outright; the background then removes what it left: src/leftovers.ts.)
 *
 * Only the helper listens, once per tab: where it never came, nothing of ours is on the page.
 */
import { alive } from './alive';
import { INPUT } from './presence';

/**
 * Looks at each input (at most once a second) whether this copy is orphaned, and if so stops it. A page
 * script's made-up events only make it look: a running copy never stops on them.
 *
 * @example stopWhenOrphaned();
 */
export function stopWhenOrphaned(): void {
  let looked = -1e9;
  const look = (event: Event) => {
    if (event.timeStamp - looked < 1000) return;
    looked = event.timeStamp;
    if (!alive()) globalThis.connectCoachEyes?.();
  };
  // Capture on the window, passive: the page can't stop it from reaching us, and it never slows scrolling.
  for (const type of INPUT) addEventListener(type, look, { capture: true, passive: true });
}
