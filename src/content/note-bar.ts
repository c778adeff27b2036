/**
 * The bar we place inside LinkedIn's invitation dialog when it is open for this visit's person: the
 * dialog is a modal overlay, so this is the "Insert note" a person can actually reach. It says it is
 * Connect Coach's, and at each step what it can do: on the gate, where the note goes; on the note step,
 * Insert note and the notes left; on the email gate and the upsell, what to do instead.
 */
import { el, shadowHost } from './dom';
import { type InsertActions, insertRow } from './insert-row';
import type { Scene } from './scene';
import { EMAIL, GATE, notesLeft, USED_UP } from './words';

export interface Bar {
  host: HTMLElement;
  root: ShadowRoot;
  update(scene: Scene): void;
}

/**
 * Builds the bar; the caller places `bar.host` in the dialog and calls `update` as the scene changes.
 *
 * @example const bar = createBar(actions); bar.update(visit.now);
 */
export function createBar(actions: InsertActions): Bar {
  const { host, root } = shadowHost();
  const box = el('div', { class: 'c', role: 'group', 'aria-label': 'Connect Coach' });
  const said = el('p');
  const title = el('b', {}, 'Connect Coach');
  const text = el('span');
  const row = insertRow(actions);
  said.append(title, ' · ', text);
  box.append(said, row.el);
  root.append(box);

  return {
    host,
    root,
    update(scene) {
      const step = scene.dialog?.step;
      const words = {
        gate: GATE,
        email: EMAIL,
        upsell: USED_UP,
        note: notesLeft(scene.dialog?.remaining ?? null) || 'Your note is ready.',
      };
      text.textContent = step ? words[step] : '';
      row.update(scene, step === 'note');
    },
  };
}
