/**
 * Nothing shows until the person is there. A page script can move to `/in/<slug>/` with
 * `history.pushState` and draw a fake top card: if our card then appeared by itself, the page would
 * learn who is in the log without the person going anywhere. So a visit shows nothing until the
 * person's own input on the page in that visit (a trusted pointer, wheel or key event, which no script
 * can make), and the log is never readable from the page at all (closed shadow roots).
 */
import type { Visit } from './scene';

/** The person's own input: what no script can make (when trusted). */
export const INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/**
 * Sets `present` on the first trusted input of this visit.
 *
 * @example presence.init(visit);
 */
export function init(visit: Visit): void {
  const done = new AbortController();
  visit.signal.addEventListener('abort', () => done.abort(), { once: true });
  const seen = (event: Event) => {
    if (!event.isTrusted) return;
    done.abort();
    visit.set({ present: true });
  };
  // Capture on the window: the page can't stop it from reaching us first; passive: never slows scrolling.
  for (const type of INPUT)
    window.addEventListener(type, seen, { capture: true, passive: true, signal: done.signal });
}
