/**
 * One visit to a logged person's profile: shows the helper card after the top card and the note bar in
 * LinkedIn's dialog, keeps the advice current when the page changes (Send turns Connect into Pending),
 * and records what the person does. Everything it adds goes when the visit's signal aborts.
 */
import { findNoteBox, insertNote, openDialog, quotaUsedUp, readProfile } from '../linkedin';
import type { PageAnswer, ProfileReading } from '../messages';
import { watchDialogs } from './dialogs';
import { type Card, createCard } from './helper-card';
import { keepInvitations } from './log-keeper';
import { ask } from './messaging';
import { type Bar, createBar } from './note-bar';
import { followTopCard } from './top-card';

type NoteBox = NonNullable<ReturnType<typeof findNoteBox>>;

/**
 * Fills LinkedIn's open note box with `text` and says how it went, in words for the card and the bar.
 *
 * @example fillNoteBox('Hi Priya, thank you…') // 'Note inserted. Read it over, then press Send.'
 */
export function fillNoteBox(text: string): string {
  const box = findNoteBox(document);
  if (!box) return 'Open LinkedIn’s note box first: Connect, then Add a note.';
  if (text.length > box.limit)
    return `This note is longer than the ${box.limit} characters LinkedIn allows here.`;
  return insertNote(box.textarea, text)
    ? 'Note inserted. Read it over, then press Send.'
    : 'LinkedIn’s note box didn’t take the note. Copy it from the Connect Coach popup instead.';
}

/**
 * Coaches one visit, given the first reading and the background's answer to it. `onUpdate` hears each
 * new reading and answer (the popup's tab/status reports the latest).
 *
 * @example coach('priya-natarajan', topCard, reading, answer, visit.signal, (now) => Object.assign(page, now));
 */
export function coach(
  slug: string,
  top: Element,
  reading: ProfileReading,
  answer: PageAnswer,
  signal: AbortSignal,
  onUpdate: (now: { reading: ProfileReading; answer: PageAnswer }) => void,
): void {
  // With the inline helper off nothing is shown, but the log is still kept true.
  const shown = answer.showHelper;
  let box: NoteBox | null = null;
  let usedUp = false;
  let status = '';
  const insert = () => {
    status = fillNoteBox(answer.draft);
    draw();
  };
  const dismiss = () => {
    card?.host.remove();
    card = null; // gone for this visit: a re-render of the top card must not bring it back
  };
  let card: Card | null = shown ? createCard({ insert, dismiss }) : null;
  // Never fight the page: if LinkedIn keeps dropping what we add, stop putting it back.
  let moves = 0;
  const calm = () => moves++ < 100;
  // Made when LinkedIn's dialog first needs it: most visits never open the dialog.
  let bar: Bar | null = null;
  const draw = () => {
    card?.update({ answer, reading, noteBox: !!box, status });
    bar?.update({ usedUp, remaining: box?.remaining ?? null, status });
  };
  signal.addEventListener(
    'abort',
    () => {
      card?.host.remove();
      bar?.host.remove();
    },
    { once: true },
  );
  draw();

  // The top card re-renders when the relation changes (Send turns Connect into Pending): read it again,
  // and put the card back if the re-render dropped it.
  const onTopCard = (outer: Element, changed: boolean) => {
    if (card && outer.nextElementSibling !== card.host && calm()) outer.after(card.host);
    if (!changed) return;
    const now = readProfile(document, location);
    if (!now || JSON.stringify(now) === JSON.stringify(reading)) return;
    reading = now;
    onUpdate({ reading, answer });
    draw();
    void ask<PageAnswer | null>({ type: 'page/reading', reading: now }).then((next) => {
      if (signal.aborted || !next) return;
      answer = next;
      onUpdate({ reading, answer });
      draw();
    });
  };

  // The bar sits right under the note box's container, inside LinkedIn's dialog; on the upsell that
  // replaces the box, at the end of that dialog.
  const onDialogs = () => {
    const open = findNoteBox(document);
    const upsell = !open && quotaUsedUp(document);
    if (open?.textarea !== box?.textarea || upsell !== usedUp) {
      box = open;
      usedUp = upsell;
      status = '';
      if (box || usedUp) {
        void ask({
          type: 'page/note-box',
          limit: box?.limit ?? answer.limit,
          remaining: box ? box.remaining : 0,
        });
        if (shown) bar ??= createBar(insert);
      }
      draw();
    }
    if (!bar) return;
    if (!box && !usedUp) return bar.host.remove();
    const container = box?.textarea.parentElement;
    const dialog = box ? null : openDialog(document);
    if (container && container.nextElementSibling !== bar.host && calm()) container.after(bar.host);
    if (dialog && dialog.lastElementChild !== bar.host && calm()) dialog.append(bar.host);
  };

  keepInvitations(slug, signal);
  followTopCard(slug, top, onTopCard, signal);
  watchDialogs(onDialogs, signal);
}
