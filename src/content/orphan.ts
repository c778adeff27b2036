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
 * Looks at the person's next input whether this copy is orphaned, and if so stops it; else looks again at
 * the first input a second later. Between looks nothing of ours listens: a mouse moving sends dozens of
 * events a second, and none reaches us. A page script's made-up events only make it look: a running copy
 * never stops on them.
 *
 * @example stopWhenOrphaned();
 */
export function stopWhenOrphaned(): void {
  const armed = new AbortController();
  const look = () => {
    armed.abort();
    if (alive()) setTimeout(stopWhenOrphaned, 1000);
    else globalThis.connectCoachEyes?.();
  };
  // Capture on the window, passive: the page can't stop it from reaching us, and it never slows scrolling.
  for (const type of INPUT)
    addEventListener(type, look, { capture: true, passive: true, signal: armed.signal });
}
