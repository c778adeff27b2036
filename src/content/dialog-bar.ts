/**
 * Note bar: our bar inside LinkedIn's invitation dialog, only when the dialog is this visit's person's
 * (see dialog-watch.ts) and the card may show: right under the note box's container on the note step,
 * at the end of the dialog on the gate, the email gate and the upsell.
 */

import type { InsertActions } from './insert-row';
import { type Bar, createBar } from './note-bar';
import { type Visit, visible } from './scene';

/**
 * Places, redraws and removes the bar as the scene changes.
 *
 * @example dialogBar.init(visit, insertActions(visit), calm);
 */
export function init(visit: Visit, actions: InsertActions, calm: () => boolean): void {
  // Made when LinkedIn's dialog first needs it: most visits never open the dialog.
  let bar: Bar | null = null;
  const draw = () => {
    const scene = visit.now;
    const dialog = scene.dialog;
    if (!dialog?.mine || !scene.confirmed || !visible(scene)) return void bar?.host.remove();
    bar ??= createBar(actions);
    bar.update(scene);
    const after = dialog.textarea?.parentElement;
    const placed = after ? after.nextElementSibling === bar.host : dialog.root.lastElementChild === bar.host;
    if (placed || (bar.host.isConnected && !calm())) return;
    if (after) after.after(bar.host);
    else dialog.root.append(bar.host);
  };
  visit.watch(draw);
  visit.signal.addEventListener('abort', () => bar?.host.remove(), { once: true });
  draw();
}
