// TEMPORARY until H1's src/linkedin API (findInvitation, connectActionOf, invitationIsFor) lands.
import { findNoteBox, openDialog, quotaUsedUp, sendButtonOf } from '../linkedin';

export function findInvitation(document: Document) {
  const dialog = openDialog(document);
  if (!dialog) return null;
  const noteBox = findNoteBox(document);
  const step = noteBox
    ? 'note'
    : quotaUsedUp(document)
      ? 'upsell'
      : dialog.querySelector('input[type=email]')
        ? 'email'
        : 'gate';
  return {
    dialog,
    step: step as 'gate' | 'note' | 'email' | 'upsell',
    noteBox,
    sendButton: sendButtonOf(dialog) as Element | null,
    slug: null as string | null,
    name: null as string | null,
  };
}
export function connectActionOf(element: Element): { slug: string | null; name: string | null } | null {
  const label = element.getAttribute('aria-label') ?? '';
  const m = /^Invite (.+) to connect$/.exec(label);
  if (m) return { slug: null, name: m[1]! };
  const href = element.getAttribute('href') ?? '';
  const v = /vanityName=([^&]+)/.exec(href);
  return v ? { slug: v[1]!, name: null } : null;
}
export function invitationIsFor(_inv: unknown, _p: unknown): boolean | null {
  return null;
}
