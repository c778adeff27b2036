/**
 * Where LinkedIn's dialogs render: its dialog outlets, not the whole page. Ember renders into
 * `#artdeco-modal-outlet` in the light DOM; the 2026 layout into the open shadow root of `#interop-outlet`.
 * Watching and searching only these keeps the content script off the rest of a busy page.
 */
import { all } from './dom';
import * as S from './selectors';

/**
 * The roots LinkedIn's dialogs can be in: each outlet's open shadow root, or the outlet itself when it
 * has none. Only on a page with neither outlet (LinkedIn renamed them), the open shadow roots of
 * <body>'s children instead (one level: cheap, and enough to find a renamed outlet). Ours are closed, so
 * `shadowRoot` never shows them.
 *
 * @example noteDialogRoots(document) // [#interop-outlet's shadow root] on a 2026 page
 */
export function noteDialogRoots(document: Document): (Element | ShadowRoot)[] {
  const outlets = all(document, S.dialogOutlets);
  if (outlets.length) return outlets.map((outlet) => outlet.shadowRoot ?? outlet);
  return [...(document.body?.children ?? [])].flatMap((host) => host.shadowRoot ?? []);
}

/**
 * The dialog open in LinkedIn's outlets (the invitation, the upsell), or null.
 *
 * @example openDialog(document) // <div role="alertdialog"> of the gate, or the Premium upsell
 */
export function openDialog(document: Document): Element | null {
  for (const root of noteDialogRoots(document)) {
    const dialog = root.querySelector(S.dialogRoot.join());
    if (dialog) return dialog;
  }
  return null;
}
