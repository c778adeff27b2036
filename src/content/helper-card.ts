/**
 * The inline helper card, right after LinkedIn's top card: it names the person, says the verdict in
 * the words and colour of the shared table (src/core/verdicts.ts; its region is named
 * `Connect Coach: <verdict> · <name>`, DESIGN.md "Contracts"), the summary,
 * two reasons, where Connect is, while this person's note box is open "Insert note", and while a
 * follow-up is due, Snooze and Skip (follow-row.ts). A match by
 * name and company first asks whether this is the right person, and shows nothing else until then.
 * It never clicks anything on the page.
 */
import { VERDICTS, verdictStyle } from '../core/verdicts';
import type { ProfileReading } from '../messages';
import { el, onPress, shadowHost } from './dom';
import { type FollowAction, followRow } from './follow-row';
import { type InsertActions, insertRow } from './insert-row';
import type { Scene } from './scene';
import { CONNECT_AT, EMAIL, USED_UP } from './words';

export interface CardActions extends InsertActions {
  dismiss(): void;
  /** The person said this is (true) or is not (false) the one from their interview. */
  confirm(yes: boolean): void;
  /** Snooze or Skip the due follow-up, or undo that. */
  follow(action: FollowAction): void;
}

export interface Card {
  host: HTMLElement;
  /** The closed root: only the code that made the card holds it (tests get it from here too). */
  root: ShadowRoot;
  update(scene: Scene): void;
}

/**
 * Where Connect is, or '' when it no longer matters (already pending or connected).
 *
 * @example connectHint({ relation: 'follow-only', connectAt: 'more' }) // 'Connect is under More.'
 */
export function connectHint({ relation, connectAt }: Pick<ProfileReading, 'relation' | 'connectAt'>): string {
  return connectAt && relation !== 'pending' && relation !== 'connected' ? CONNECT_AT[connectAt] : '';
}

/** The question before a match by name counts, with its two answers. */
function question(confirm: (yes: boolean) => void) {
  const box = el('div');
  const text = el('p');
  const row = el('div', { class: 'r' });
  const yes = el('button', {}, 'Yes, that’s them');
  const no = el('button', { class: 'n' }, 'No');
  onPress(yes, () => confirm(true));
  onPress(no, () => confirm(false));
  row.append(yes, no);
  box.append(text, row);
  return { box, text };
}

/**
 * Builds the card; the caller places `card.host` and calls `update` whenever the scene changes.
 *
 * @example const card = createCard(actions); card.update(visit.now); top.after(card.host);
 */
export function createCard(actions: CardActions): Card {
  const { host, root } = shadowHost();
  const box = el('section', { role: 'region', class: 'c' });
  const header = el('header');
  const name = el('h2');
  const tag = el('span', { class: 't' });
  const close = el('button', { class: 'x' }, '×');
  const ask = question(actions.confirm);
  const advice = el('div');
  const summary = el('p');
  const reasons = el('ul');
  const where = el('p');
  const dialog = el('p');
  const row = insertRow(actions);
  const follow = followRow(actions.follow);
  header.append(name, tag, close);
  advice.append(summary, reasons, where, dialog, row.el, follow.el);
  box.append(header, ask.box, advice);
  root.append(box);
  onPress(close, actions.dismiss);

  return {
    host,
    root,
    update(scene) {
      const { answer, reading, confirmed } = scene;
      // The verdict's words and colour, as the popup, Follow-ups and the notifications say it.
      const said = confirmed ? VERDICTS[answer.verdict].label : 'Is this them?';
      box.style.cssText = verdictStyle(answer.verdict);
      box.setAttribute('aria-label', `Connect Coach: ${said} · ${answer.name}`);
      close.setAttribute('aria-label', `Hide Connect Coach’s advice about ${answer.name}`);
      name.textContent = answer.name;
      tag.textContent = said;
      ask.box.hidden = confirmed;
      ask.text.textContent = `Is this ${answer.name} from your ${answer.company} interview?`;
      advice.hidden = !confirmed;
      summary.textContent = answer.summary;
      // Two reasons, then this month's note plan for this person (free accounts), as one more line.
      const lines = answer.reasons.slice(0, 2);
      if (answer.notePlan) lines.push(answer.notePlan);
      reasons.replaceChildren(...lines.map((line) => el('li', {}, line)));
      where.textContent = connectHint(reading);
      where.hidden = !where.textContent;
      const step = scene.dialog?.mine ? scene.dialog.step : null;
      dialog.textContent = step === 'email' ? EMAIL : step === 'upsell' ? USED_UP : '';
      dialog.hidden = !dialog.textContent;
      row.update(scene, step === 'note');
      follow.update(scene);
    },
  };
}
