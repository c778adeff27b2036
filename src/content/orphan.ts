/**
 * After an update, an orphaned helper takes its elements away as soon as it can tell. Chrome runs the
 * copy the update injects (src/background/inject.ts) in a new isolated world: it cannot reach this world's
 * off switch (`connectCoachEyes`, src/content/index.ts), and it shows its card at the person's next input
 * on the page (src/content/presence.ts). So this copy, if orphaned, turns its always-on script off, which
 * aborts the visit and with it everything the helper added. (Firefox ends an old copy's scripts outright;
 * the background then removes what it left: src/leftovers.ts.)
 *
 * It looks (one property read) only when something wakes it anyway, never on a timer and never for a
 * moving mouse or a wheel: each event that reaches a listener of an extension's costs the page a switch
 * into the extension's world (about 0.1 ms each on the bench's machine, in the browser's trace), and a
 * mouse sends dozens a second. The moments are: LinkedIn's top card changing around it
 * (src/content/reader.ts), which is what the new copy's card arriving after the top card is, so the old
 * card goes the moment the new one shows; the person pressing or typing on the page; the tab coming back
 * (src/content/index.ts).
 *
 * Only the helper listens, once per tab: where it never came, nothing of ours is on the page.
 */
import { alive } from './alive';

/** The person's presses and keys: a few events, where a mouse moving or a wheel sends dozens a second. */
const PRESSES = ['pointerdown', 'keydown'] as const;

/**
 * Stops this copy if the extension it belongs to is gone (updated, reloaded, removed): answers whether
 * it did, so the caller does nothing more.
 *
 * @example if (stopIfOrphaned()) return;
 */
export function stopIfOrphaned(): boolean {
  if (alive()) return false;
  globalThis.connectCoachEyes?.();
  return true;
}

/**
 * Looks at each of the person's presses and keys on the page whether this copy is orphaned, and if so
 * stops it. A page script's made-up events only make it look: a running copy never stops on them.
 *
 * @example stopWhenOrphaned();
 */
export function stopWhenOrphaned(): void {
  const armed = new AbortController();
  const look = () => stopIfOrphaned() && armed.abort();
  // Capture on the window, passive: the page can't stop it from reaching us, and it never slows input.
  for (const type of PRESSES)
    addEventListener(type, look, { capture: true, passive: true, signal: armed.signal });
}
