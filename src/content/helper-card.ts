/**
 * The inline helper: a small card right after LinkedIn's top card that names the person, says the
 * verdict and its window in plain words, and where Connect is. It never clicks anything on the page;
 * its only action on LinkedIn is "Insert note", and only while the note box is open.
 */
import type { PageAnswer, ProfileReading } from '../messages';
import { el, shadowHost } from './dom';

/** What the card shows; `update` redraws the text in place so keyboard focus stays where it was. */
export interface CardState {
  answer: PageAnswer;
  reading: Pick<ProfileReading, 'relation' | 'connectAt'>;
  /** Whether LinkedIn's note box is open (the card then offers "Insert note" too). */
  noteBox: boolean;
  /** The last Insert note outcome, in words; '' for none. */
  status: string;
}

export interface Card {
  host: HTMLElement;
  update(state: CardState): void;
}

/** The verdict as a short tag beside the name; the summary sentence says the rest. */
const VERDICT: Record<PageAnswer['verdict'], string> = {
  send: 'Good time to connect',
  prepare: 'Polish your profile first',
  wait: 'Not yet',
  sent: 'Request sent',
  connected: 'Connected',
  avoid: 'Better not to connect',
};

const CONNECT_AT = {
  'top-card': 'Connect is in the top card.',
  more: 'Connect is under More.',
  none: 'LinkedIn doesn’t offer Connect here.',
};

/**
 * Where Connect is, or '' when it no longer matters (already pending or connected).
 *
 * @example connectHint({ relation: 'follow-only', connectAt: 'more' }) // 'Connect is under More.'
 */
export function connectHint({ relation, connectAt }: CardState['reading']): string {
  return connectAt && relation !== 'pending' && relation !== 'connected' ? CONNECT_AT[connectAt] : '';
}

/**
 * Builds the card; the caller places `card.host` and calls `update` whenever the advice or the note box
 * changes.
 *
 * @example const card = createCard({ insert, dismiss }); card.update(state); topCard.after(card.host);
 */
export function createCard(actions: { insert(): void; dismiss(): void }): Card {
  const { host, root } = shadowHost('card');
  const box = el('section', { class: 'c' });
  const name = el('h2');
  const tag = el('span', { class: 't' });
  const close = el('button', { type: 'button', class: 'x' }, '×');
  const summary = el('p');
  const reasons = el('ul');
  const where = el('p');
  const insert = el('button', { type: 'button' }, 'Insert note');
  const status = el('span', { class: 's', role: 'status' });
  const header = el('header');
  const row = el('div', { class: 'r' });
  header.append(name, tag, close);
  row.append(insert, status);
  box.append(header, summary, reasons, where, row);
  root.append(box);
  insert.addEventListener('click', actions.insert);
  close.addEventListener('click', actions.dismiss);

  return {
    host,
    update({ answer, reading, noteBox, status: said }) {
      host.setAttribute('data-verdict', answer.verdict);
      box.setAttribute('aria-label', `Connect Coach: ${answer.name}`);
      close.setAttribute('aria-label', `Hide Connect Coach’s advice about ${answer.name}`);
      name.textContent = answer.name;
      tag.textContent = VERDICT[answer.verdict];
      summary.textContent = answer.summary;
      reasons.replaceChildren(...answer.reasons.slice(0, 2).map((reason) => el('li', {}, reason)));
      where.textContent = connectHint(reading);
      where.hidden = !where.textContent;
      insert.hidden = !noteBox;
      status.textContent = said;
      row.hidden = !noteBox && !said;
    },
  };
}
