/**
 * Watches LinkedIn's dialog outlets, and only those (not the whole page): the open shadow roots where
 * the 2026 layout renders its invitation dialog, and Ember's `#artdeco-modal-outlet` in the light DOM.
 */
import { noteDialogRoots } from '../linkedin';

/** Ember's light-DOM dialog outlet, watched in place of the whole document `noteDialogRoots` lists. */
const LIGHT_OUTLET = 'artdeco-modal-outlet';

/** The dialog roots worth observing: shadow roots as they are, the document narrowed to its outlet. */
export function dialogOutlets(): (Element | ShadowRoot)[] {
  return noteDialogRoots(document).flatMap((root) =>
    root instanceof Document ? (root.getElementById(LIGHT_OUTLET) ?? []) : root,
  );
}

/** The open dialog in the outlets (ARIA's role, which every layout keeps), or null. */
export function openDialog(): Element | null {
  for (const outlet of dialogOutlets()) {
    const dialog = outlet.querySelector('[role="dialog"]');
    if (dialog) return dialog;
  }
  return null;
}

/**
 * Calls `onChange()` now if a dialog is already open, then whenever something inside a dialog outlet
 * changes, until `signal` aborts.
 * An outlet that appears later (LinkedIn may create it on first use) is picked up after the next click.
 *
 * @example watchDialogs(() => syncNoteBox(), visit.signal);
 */
export function watchDialogs(onChange: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver(onChange);
  const watched = new Set<Node>();
  const attach = () => {
    for (const outlet of dialogOutlets()) {
      if (watched.has(outlet)) continue;
      watched.add(outlet);
      observer.observe(outlet, { childList: true, subtree: true });
    }
  };
  attach();
  if (dialogOutlets().some((outlet) => outlet.firstElementChild)) onChange();
  // After the page has handled a click (which may have created the outlet), look again.
  const afterClick = () =>
    setTimeout(() => {
      if (signal.aborted) return;
      attach();
      onChange();
    });
  document.addEventListener('click', afterClick, { capture: true, signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
