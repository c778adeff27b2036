/**
 * Watches LinkedIn's dialog outlets, and only those (not the whole page): what src/linkedin's
 * `noteDialogRoots` lists, Ember's light-DOM outlet and the 2026 layout's open shadow root. This runs
 * only in the helper, on a logged person's profile, never on strangers' pages.
 */
import { noteDialogRoots } from '../linkedin';

/** After the person's click, when to look again: the 2026 gate can mount seconds later, and LinkedIn may
 * create its outlet (or the outlet's shadow root, which no observer sees) only on first use. */
const LATER_MS = [0, 400, 1200, 2500, 4000];

/**
 * Calls `onChange()` now, then whenever something inside a dialog outlet changes, until `signal` aborts.
 * An outlet added to `<body>` later is picked up at once (only `<body>`'s own children are observed);
 * one whose shadow root comes later, at the next looks after the person's click.
 *
 * @example watchDialogs(() => readDialog(), visit.signal);
 */
export function watchDialogs(onChange: () => void, signal: AbortSignal): void {
  const watched = new Set<Node>();
  const look = () => {
    if (signal.aborted) return;
    for (const root of noteDialogRoots(document)) {
      if (watched.has(root)) continue;
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    }
    onChange();
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true });
  look();
  const afterClick = (event: Event) => {
    if (event.isTrusted) for (const ms of LATER_MS) setTimeout(look, ms);
  };
  document.addEventListener('click', afterClick, { capture: true, signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
