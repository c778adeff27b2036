/**
 * The popup's and the side panel's "Insert into LinkedIn" on the page (`tab/insert-note`): like the
 * card's and the bar's Insert, it fills only an invitation opened for this profile's person, and
 * otherwise says why not, for the popup to say in words (src/popup/NoteActions.tsx `insertOutcome`).
 */
import { findInvitation, insertNote, invitationIsFor, profileSlug, readProfile } from '../linkedin';
import type { InsertRefusal } from '../messages';
import { page } from './tab-page';

/**
 * The popup's and the side panel's Insert: fills the note box only in an invitation opened for this
 * profile's person (what the visit's dialog watch decided, else what the dialog itself says), and
 * otherwise says why not: no invitation open, someone else's (a rail person's), whose it is unknown, or
 * no note box yet (the gate, the email gate, the upsell).
 *
 * @example insert('Hi Priya, …') // true, or 'other' with a rail person's dialog open
 */
export function insert(text: string): true | InsertRefusal {
  const inv = findInvitation(document);
  if (!inv) return 'closed';
  const slug = profileSlug(location);
  const reading = page.reading ?? readProfile(document, location);
  const mine = page.answer
    ? page.dialog?.mine
    : slug && invitationIsFor(inv, { slug, name: reading?.name ?? null });
  if (!mine) return mine === false ? 'other' : 'unsure';
  const box = inv.noteBox;
  if (!box) return 'step';
  return (text.length <= box.limit && insertNote(box.textarea, text)) || 'refused';
}
