/**
 * Watches LinkedIn's dialog outlets, and only those (not the whole page): what src/linkedin's
 * `noteDialogRoots` lists, Ember's light-DOM outlet and the 2026 layout's open shadow root.
 */
import { noteDialogRoots } from '../linkedin';

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
  // Observes the outlets not yet watched; true when one holds something (a dialog may be open).
  const attach = () => {
    let busy = false;
    for (const root of noteDialogRoots(document)) {
      busy ||= !!root.firstElementChild;
      if (watched.has(root)) continue;
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
    return busy;
  };
  if (attach()) onChange();
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
