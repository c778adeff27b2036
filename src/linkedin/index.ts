/**
 * Reading LinkedIn's page (DESIGN.md "LinkedIn's page"): plain DOM, no extension API, no dependencies.
 * Contract (DESIGN.md "Contracts"): profileSlug, readProfile, findNoteBox, insertNote, pageReport; the
 * rest is what the content script needs around them. Every selector lives in ./selectors.ts.
 */
export { noteDialogRoots, openDialog } from './dialogs';
export { PRESSABLE } from './dom';
export type { Invitation, InvitationStep } from './invitation';
export {
  connectActionOf,
  findInvitation,
  invitationIsFor,
  invitationOf,
  isSendButton,
  sendButtonOf,
} from './invitation';
export type { NoteBox } from './note-box';
export { findNoteBox, insertNote, quotaUsedUp } from './note-box';
export type { OwnProfile } from './read-profile';
export { layoutOf, readOwnProfile, readProfile } from './read-profile';
export { pageReport } from './report';
export { outermost, topCard, touchesTopCard } from './top-card';
export { profileSlug } from './url';
