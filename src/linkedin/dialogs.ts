/**
 * Where LinkedIn's dialogs render: its dialog outlets, not the whole page. Ember renders into
 * `#artdeco-modal-outlet` in the light DOM; the 2026 layout into the open shadow root of `#interop-outlet`.
 * Watching and searching only these keeps the content script off the rest of a busy page.
 */
import { all } from './dom';
import * as S from './selectors';

/**
 * The roots LinkedIn's dialogs can be in: each outlet's open shadow root (or the outlet itself when it
 * has none), then the open shadow roots of <body>'s children (one level only: cheap, and enough if
 * LinkedIn renames an outlet). Ours are skipped.
 *
 * @example noteDialogRoots(document) // [#interop-outlet's shadow root] on a 2026 page
 */
export function noteDialogRoots(document: Document): (Element | ShadowRoot)[] {
  const roots = all(document, S.dialogOutlets).map(
    (outlet): Element | ShadowRoot => outlet.shadowRoot ?? outlet,
  );
  for (const host of document.body?.children ?? []) {
    const root = host.shadowRoot;
    if (root && !roots.includes(root) && !host.hasAttribute('data-connect-coach')) roots.push(root);
  }
  return roots;
}

/**
 * The dialog open in LinkedIn's outlets (the invitation, the upsell), or null.
 *
 * @example openDialog(document) // <div role="dialog"> of the Premium upsell
 */
export function openDialog(document: Document): Element | null {
  for (const root of noteDialogRoots(document)) {
    const dialog = root.querySelector(S.dialog.join());
    if (dialog) return dialog;
  }
  return null;
}
