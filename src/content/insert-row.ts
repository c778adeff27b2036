/**
 * The row with "Insert note", its outcome, and the question before replacing what the person typed:
 * the same in the card and in the bar, both driven by the scene.
 */
import { el, onPress } from './dom';
import type { Scene } from './scene';
import { REPLACE } from './words';

/** What the row can do for the person. */
export interface InsertActions {
  insert(): void;
  replace(): void;
  keep(): void;
}

/**
 * Builds the row; `update(scene, canInsert)` redraws it in place, so keyboard focus stays put.
 *
 * @example const row = insertRow(actions); box.append(row.el); row.update(scene, true);
 */
export function insertRow(actions: InsertActions) {
  const row = el('div', { class: 'r' });
  const insert = el('button', { type: 'button' }, 'Insert note');
  const replace = el('button', { type: 'button' }, 'Replace');
  const keep = el('button', { type: 'button', class: 'n' }, 'Keep mine');
  const status = el('span', { class: 's', role: 'status' });
  row.append(insert, replace, keep, status);
  onPress(insert, actions.insert);
  onPress(replace, actions.replace);
  onPress(keep, actions.keep);
  return {
    el: row,
    update({ status: said, asking }: Scene, canInsert: boolean) {
      insert.hidden = !canInsert || asking;
      replace.hidden = keep.hidden = !canInsert || !asking;
      status.textContent = asking ? REPLACE : said;
      row.hidden = insert.hidden && replace.hidden && !said;
    },
  };
}
