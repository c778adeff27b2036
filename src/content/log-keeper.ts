/**
 * Keeping the log true from what the person does on LinkedIn: their own click on Send records the
 * invitation (with the note as it stood), and a visit to their own profile fills in the checklist.
 */
import { findNoteBox, isSendButton, readOwnProfile } from '../linkedin';
import { ask } from './messaging';

/**
 * Records an invitation when the person themselves presses LinkedIn's Send ("Send without a note"
 * counts, with note ''). Listens in the capture phase on the document: it runs before LinkedIn's own
 * handler closes the dialog (so the note is still there), and `composedPath()` reaches into the open
 * shadow root of `#interop-outlet`, so one listener covers both layouts.
 *
 * @example keepInvitations('priya-natarajan', visit.signal);
 */
export function keepInvitations(slug: string, signal: AbortSignal): void {
  const onClick = (event: Event) => {
    // Only the person's own clicks count: a script's click is not the person sending anything.
    if (!event.isTrusted) return;
    const button = event
      .composedPath()
      .find((node): node is Element => node instanceof Element && isSendButton(node));
    if (!button || button.matches(':disabled')) return;
    const note = findNoteBox(document)?.textarea.value ?? '';
    void ask({ type: 'page/invite-sent', slug, note: note.slice(0, 2000), at: new Date().toISOString() });
  };
  document.addEventListener('click', onClick, { capture: true, signal });
}

/**
 * On the person's own profile: sends what their profile has (photo, headline, current role, about),
 * so the advice can say when to polish it first.
 *
 * @example if (reading.own) keepOwnProfile();
 */
export function keepOwnProfile(): void {
  void ask({ type: 'page/own-profile', checklist: readOwnProfile(document) });
}
