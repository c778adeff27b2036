/**
 * LinkedIn's invitation, whatever step it is at: the gate "Add a note to your invitation?" (2026:
 * `role="alertdialog"` and/or `aria-modal="true"`), the note step, the email gate, the Premium upsell.
 * And whom it is for: a dialog opened from a rail is for someone else. Read by structure, links and
 * form controls; words only where marked in ./selectors.ts.
 */
import { noteDialogRoots } from './dialogs';
import { any, first, pressable, shown, text } from './dom';
import { findNoteBoxIn, type NoteBox } from './note-box';
import * as S from './selectors';
import { slugOfLink, squash } from './top-card';
import { normalise, profileSlug } from './url';

export type InvitationStep = 'gate' | 'note' | 'email' | 'upsell';

/** An open invitation dialog, as the page shows it. */
export interface Invitation {
  /** The dialog root: role=dialog | alertdialog, or aria-modal="true". */
  dialog: Element;
  /** gate "Add a note…?" (2 or 3 buttons) | note box open | email required | Premium upsell. */
  step: InvitationStep;
  /** The note box, when step === 'note'. */
  noteBox: NoteBox | null;
  /** The button that sends: "Send without a note" (gate, email, upsell) or Send (note step). */
  sendButton: HTMLButtonElement | null;
  /** Whom the dialog names by a link in it (profile link or `vanityName`), else null. */
  slug: string | null;
  /** Whom it names in its text or labels, else null. */
  name: string | null;
}

const ROOT = S.dialogRoot.join();

/** The outermost dialog root around an element: an aria-modal wrapper around a role=dialog is one dialog. */
function rootOf(element: Element): Element | null {
  let root = element.closest(ROOT);
  for (let up = root?.parentElement?.closest(ROOT); up; up = up.parentElement?.closest(ROOT)) root = up;
  return root;
}

/** The dialog's send: Ember's action-bar primary, else the last of its visible buttons ([Dismiss,] Add a
 * note, Send without a note; Cancel, Send): LinkedIn puts the main action last. A lone button is Dismiss. */
function sendOf(dialog: Element): HTMLButtonElement | null {
  const primary = first(dialog, S.sendButton);
  if (primary) return primary as HTMLButtonElement;
  const buttons = [...dialog.querySelectorAll('button')].filter(shown);
  return buttons.length >= 2 ? (buttons.at(-1) as HTMLButtonElement) : null;
}

/** The one slug the dialog's links name (profile links, `?vanityName=`), else null. */
const slugIn = (dialog: Element): string | null => linkedSlug(dialog, 'a[href]') || null;

/** The one profile an element's links (`selector`) name: null when none, undefined when several. */
function linkedSlug(block: Element, selector: string): string | null | undefined {
  const slugs = new Set([...block.querySelectorAll(selector)].map(slugOfLink).filter(Boolean));
  return slugs.size > 1 ? undefined : ([...slugs][0] ?? null);
}

/** X of an "Invite X to connect" label (words, English UI), else undefined. */
const invitee = (el: Element | null | undefined) =>
  /^Invite (.+) to connect$/.exec(el?.getAttribute('aria-label') ?? '')?.[1];

/** The name the dialog shows in bold ("…your invitation to <strong>Name</strong>…"), or in an
 * "Invite X to connect" label (words, English UI), else null. */
function nameIn(dialog: Element): string | null {
  const strong = text(dialog.querySelector('strong, b'));
  if (strong) return strong;
  return [...dialog.querySelectorAll('[aria-label]')].map(invitee).find(Boolean) ?? null;
}

/**
 * What an open dialog is, if it is an invitation: the note step (a note box), the email gate (an email
 * input), the upsell (a Premium link), or the gate (Ember's invite marker, or two or three buttons and
 * nothing else to fill in). Null for any other dialog.
 *
 * @example invitationOf(dialog)?.step // 'gate'
 */
export function invitationOf(dialog: Element): Invitation | null {
  const noteBox = findNoteBoxIn(dialog);
  const step = stepOf(dialog, noteBox);
  if (!step) return null;
  return { dialog, step, noteBox, sendButton: sendOf(dialog), slug: slugIn(dialog), name: nameIn(dialog) };
}

/** The invitation's step a dialog shows, or null for any other dialog (see invitationOf). */
function stepOf(dialog: Element, noteBox: NoteBox | null): InvitationStep | null {
  if (noteBox) return 'note';
  if (any(dialog, S.emailInput).some(shown)) return 'email';
  if (any(dialog, S.premiumLink).some(shown)) return 'upsell';
  const buttons = [...dialog.querySelectorAll('button')].filter(shown).length;
  const ember = S.emberInvite.some((s) => dialog.closest(s));
  const plain = buttons >= 2 && buttons <= 3 && !dialog.querySelector('input, textarea, select');
  return ember || plain ? 'gate' : null;
}

/** The send button of the invitation a dialog is, without reading whom it is for (the always-on path). */
const sendOfInvitation = (dialog: Element): HTMLButtonElement | null =>
  stepOf(dialog, findNoteBoxIn(dialog)) ? sendOf(dialog) : null;

/**
 * The invitation's send button in `root` (a document, an outlet's shadow root, or a dialog): "Send without
 * a note" at the gate, email gate and upsell, Send at the note step. Found by structure, never by words.
 * Null when no invitation is open.
 *
 * @example sendButtonOf(noteDialogRoots(document)[0]!) // <button aria-label="Send invitation">
 */
export function sendButtonOf(root: ParentNode): HTMLButtonElement | null {
  const self = 'matches' in root && (root as Element).matches(ROOT) ? [root as Element] : [];
  for (const dialog of [...self, ...root.querySelectorAll(ROOT)]) {
    const send = rootOf(dialog) === dialog && shown(dialog) ? sendOfInvitation(dialog) : null;
    if (send) return send;
  }
  return null;
}

/**
 * Whether a pressed element (from an event's `composedPath()`) is the send button of an invitation,
 * and a press on it sends: false while it is `aria-disabled` (the email gate before an email is typed).
 *
 * @example event.composedPath().some((node) => node instanceof Element && isSendButton(node))
 */
export function isSendButton(element: Element): boolean {
  if (element.tagName !== 'BUTTON' || element.getAttribute('aria-disabled') === 'true') return false;
  const dialog = rootOf(element);
  return !!dialog && sendOfInvitation(dialog) === element;
}

/**
 * The invitation open on the page (in LinkedIn's dialog outlets, including the open shadow root of
 * `#interop-outlet`), or null when none is open.
 *
 * @example findInvitation(document)?.step // 'note'
 */
export function findInvitation(document: Document): Invitation | null {
  for (const root of noteDialogRoots(document)) {
    for (const dialog of root.querySelectorAll(ROOT)) {
      if (rootOf(dialog) !== dialog || !shown(dialog)) continue;
      const invitation = invitationOf(dialog);
      if (invitation) return invitation;
    }
  }
  return null;
}

/** Before `main` in the page (the sticky header), or in a menu portal: about the page's own person. */
function aboutPagePerson(action: Element): boolean {
  const main = action.ownerDocument.querySelector('main');
  const before = !!main && !!((action.compareDocumentPosition(main) & 4) /* FOLLOWING */);
  return before || !!action.closest('[role="menu"], [data-floating-ui-portal]');
}

/**
 * Whether a pressed element (from a trusted click's composedPath) is a Connect action — top card, sticky
 * header, More's item, or a rail person's Connect — and for whom: the link's `vanityName`; else the one
 * profile the nearest surrounding block links to (the card, a rail's entry); else, for the sticky header
 * and More's portal menu, the page's person. The name comes from an "Invite X to connect" label.
 *
 * @example connectActionOf(railButton) // { slug: 'jordan-reyes', name: 'Jordan Reyes' }
 */
export function connectActionOf(element: Element): { slug: string | null; name: string | null } | null {
  const action = pressable(element) ?? element;
  const isConnect = S.connectAction.some((s) => action.matches(s)) || any(action, S.connectAction).length > 0;
  if (!isConnect) return null;
  const label = invitee(action) ?? invitee(action.querySelector('[aria-label]')) ?? null;
  let slug = action.tagName === 'A' ? slugOfLink(action) : null;
  for (let block = action.parentElement; !slug && block; block = block.parentElement) {
    // The one profile the block links to: several, and the block is too wide.
    const one = linkedSlug(block, 'a[href*="/in/"]');
    if (one === undefined) break;
    slug = one;
  }
  if (!slug && aboutPagePerson(action)) slug = profileSlug(action.ownerDocument.location ?? '');
  return { slug, name: label };
}

/**
 * true/false when the dialog names someone; null when it names no one.
 *
 * @example invitationIsFor(findInvitation(document)!, { slug: 'avery-stone', name: 'Avery Stone' }) // true
 */
export function invitationIsFor(
  inv: Invitation,
  person: { slug: string; name: string | null },
): boolean | null {
  if (inv.slug) return inv.slug === normalise(person.slug);
  if (inv.name) return !!person.name && squash(inv.name) === squash(person.name);
  if (person.name && squash(text(inv.dialog)).includes(squash(person.name))) return true;
  return null;
}
