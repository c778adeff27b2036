/**
 * The bar we place inside LinkedIn's invitation dialog, right under the note box: the dialog is a modal
 * overlay, so this is the "Insert note" a person can actually reach. When LinkedIn says the month's
 * personalised notes are used up, the bar says so and what to do instead.
 */
import { el, shadowHost } from './dom';

export interface BarState {
  /** LinkedIn showed its upsell instead of the note box: no notes left this month. */
  usedUp: boolean;
  /** Personalised notes left this month as the dialog says, or null when it doesn't say. */
  remaining: number | null;
  /** The last Insert note outcome, in words; '' for none. */
  status: string;
}

export interface Bar {
  host: HTMLElement;
  update(state: BarState): void;
}

const USED_UP =
  'No personalised notes left this month. You can send the request without a note, then thank them ' +
  'in a message once they accept.';

/**
 * Builds the bar; the caller places `bar.host` in the dialog and calls `update` as the dialog changes.
 *
 * @example const bar = createBar(insert); bar.update({ usedUp: false, remaining: 3, status: '' });
 */
export function createBar(insert: () => void): Bar {
  const { host, root } = shadowHost('note-bar');
  const box = el('div', { class: 'c r', role: 'group', 'aria-label': 'Connect Coach' });
  const button = el('button', { type: 'button' }, 'Insert note');
  const status = el('span', { class: 's', role: 'status' });
  box.append(button, status);
  root.append(box);
  button.addEventListener('click', insert);

  return {
    host,
    update({ usedUp, remaining, status: said }) {
      button.hidden = usedUp;
      status.textContent = usedUp
        ? USED_UP
        : said ||
          (remaining == null
            ? ''
            : `${remaining} personalised note${remaining === 1 ? '' : 's'} left this month.`);
    },
  };
}
