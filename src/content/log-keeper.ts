/**
 * Log keeper: keeping the log true from what the person does on LinkedIn. Their own click on Send in a
 * dialog opened for this visit's person records the invitation (with the note as it stood); a Send in
 * a dialog for anyone else (a rail's person) is recorded for no one. A visit to their own profile has
 * its checklist read.
 */
import { ask } from './messaging';
import type { Visit } from './scene';

/** A Send that can't be pressed: Ember disables it, the email gate marks it aria-disabled. */
const inert = (button: Element) => button.matches(':disabled, [aria-disabled="true"]');

/**
 * Records an invitation when the person themselves presses LinkedIn's Send in this person's dialog
 * ("Send without a note" counts, with note ''). Listens in the capture phase on the document: it runs
 * before LinkedIn's own handler closes the dialog (so the note is still there), and `composedPath()`
 * reaches into the open shadow root of `#interop-outlet`, so one listener covers both layouts.
 *
 * @example logKeeper.init(visit);
 */
export function init(visit: Visit): void {
  const onClick = (event: Event) => {
    // Only the person's own clicks count: a script's click is not the person sending anything.
    const dialog = visit.now.dialog;
    if (!event.isTrusted || !dialog?.mine || !dialog.sendButton) return;
    const button = dialog.sendButton;
    if (!event.composedPath().includes(button) || inert(button)) return;
    const note = dialog.step === 'note' ? (dialog.textarea?.value ?? '') : '';
    void ask({
      type: 'page/invite-sent',
      slug: visit.now.slug,
      note: note.slice(0, 2000),
      at: new Date().toISOString(),
    });
  };
  document.addEventListener('click', onClick, { capture: true, signal: visit.signal });
}

/**
 * On the person's own profile: the background injects the checklist's reader (src/content/own.ts),
 * which sends what their profile has, so the advice can say when to polish it first.
 *
 * @example if (reading.own) keepOwnProfile();
 */
export const keepOwnProfile = () => void ask({ type: 'page/own' });
