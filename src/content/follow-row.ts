/**
 * Snooze and Skip on the card, for a follow-up that is due: the popup's follow-up actions in its words
 * (Snooze: Tomorrow, Next week; Skip this person), then its confirmation with Undo. The background does
 * the writing (`page/follow-up`); buttons act only on the person's own press (see dom.ts `onPress`).
 */
import type { Message } from '../messages';
import { el, onPress } from './dom';
import type { Scene } from './scene';

export type FollowAction = Extract<Message, { type: 'page/follow-up' }>['action'];

/**
 * Builds the row; `update(scene)` shows the actions while a follow-up is due, and the last outcome.
 *
 * @example const row = followRow((action) => void follow(action)); box.append(row.el); row.update(scene);
 */
export function followRow(act: (action: FollowAction) => void) {
  const row = el('div', { class: 'r' });
  const snooze = el('div', { class: 'r', role: 'group', 'aria-label': 'Snooze' }, 'Snooze:');
  const tomorrow = el('button', { class: 'n' }, 'Tomorrow');
  const week = el('button', { class: 'n' }, 'Next week');
  const skip = el('button', { class: 'n' }, 'Skip this person');
  const said = el('span', { class: 's', role: 'status' });
  const undo = el('button', { class: 'n' }, 'Undo');
  snooze.append(tomorrow, week);
  row.append(snooze, skip, said, undo);
  onPress(tomorrow, () => act('tomorrow'));
  onPress(week, () => act('next-week'));
  onPress(skip, () => act('skip'));
  onPress(undo, () => act('undo'));
  return {
    el: row,
    update({ answer, followed, canUndo }: Scene) {
      snooze.hidden = skip.hidden = !answer.due;
      said.textContent = followed;
      undo.hidden = !canUndo;
      row.hidden = !answer.due && !followed;
    },
  };
}
