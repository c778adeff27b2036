/**
 * Dialog watch: LinkedIn's invitation dialog, and whose it is. Profile pages carry rails of other people
 * with their own Connect, and their dialog looks the same, so a dialog counts as this visit's person's
 * only by what LinkedIn shows: the slug or name in the dialog, else the person's own click on this
 * person's Connect (top card, sticky header, More's item) just before it opened. A dialog that says
 * nothing and follows no such click is nobody's: no bar, no Insert, no record. A text box in this
 * person's dialog that is no note box we know goes to the LinkedIn check ('no-note-box').
 */

import {
  connectActionOf,
  findInvitation,
  type Invitation,
  invitationIsFor,
  openDialog,
  PRESSABLE,
} from '../linkedin';
import { watchDialogs } from './dialogs';
import { ask } from './messaging';
import type { Dialog, Scene, Visit } from './scene';

type Person = { slug: string | null; name: string | null };

/** Whether the Connect the person pressed was this person's: by slug when it has one, else by name. */
const samePerson = (pressed: Person, { slug, answer }: Scene) =>
  pressed.slug ? pressed.slug === slug : !!pressed.name && pressed.name === answer.name;

/** The scene's view of an invitation. */
function dialogOf(inv: Invitation, mine: boolean): Dialog {
  return {
    step: inv.step,
    root: inv.dialog,
    textarea: inv.noteBox?.textarea ?? null,
    limit: inv.noteBox?.limit ?? null,
    remaining: inv.noteBox?.remaining ?? null,
    sendButton: inv.sendButton,
    mine,
  };
}

/** Whether two readings of the dialog differ in anything the features act on. */
const differs = (a: Dialog | null, b: Dialog | null) =>
  !a || !b
    ? a !== b
    : (['step', 'root', 'textarea', 'remaining', 'sendButton', 'mine'] as const).some((k) => a[k] !== b[k]);

/**
 * Keeps `visit.now.dialog` true to LinkedIn's open invitation dialog, and tells the background the note
 * box's limit and the notes left (account-wide facts, whoever the dialog is for).
 *
 * @example dialogWatch.init(visit);
 */
export function init(visit: Visit): void {
  let pressed: Person | null = null;
  // The person's own click on a Connect action: whose dialog opens next. Only the pressed control (the
  // target up to its button or link) is asked, never the blocks around it, which hold other people's.
  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const path = event.composedPath();
    const control = path.findIndex((node) => node instanceof Element && node.matches(PRESSABLE));
    for (const node of path.slice(0, control + 1)) {
      const action = node instanceof Element && connectActionOf(node);
      if (action) {
        pressed = action;
        return;
      }
    }
  };
  document.addEventListener('click', onClick, { capture: true, signal: visit.signal });

  // The dialog last reported to the LinkedIn check: one report per dialog.
  let missed: Element | null = null;
  const look = () => {
    const inv = findInvitation(document);
    const said = inv && invitationIsFor(inv, { slug: visit.now.slug, name: visit.now.answer.name });
    const clicked = !!pressed && samePerson(pressed, visit.now);
    const mine = said ?? clicked;
    const dialog = inv && dialogOf(inv, mine);
    // This person's invitation (or a dialog right after their Connect) shows a text box that is no note
    // box we know: LinkedIn changed it, and the LinkedIn check should say so.
    const open = inv ? mine && !inv.noteBox && inv.dialog : clicked && openDialog(document);
    if (open && open !== missed && open.querySelector('textarea')) {
      missed = open;
      void ask({
        type: 'page/unreadable',
        layout: visit.now.reading.layout ?? 'unknown',
        what: 'no-note-box',
      });
    }
    const before = visit.now.dialog;
    if (!differs(before, dialog)) return;
    const stepChanged = before?.step !== dialog?.step || before?.root !== dialog?.root;
    visit.set(stepChanged ? { dialog, status: '', asking: false } : { dialog });
    if (stepChanged && (dialog?.step === 'note' || dialog?.step === 'upsell'))
      void ask({
        type: 'page/note-box',
        limit: dialog.limit ?? visit.now.answer.limit,
        remaining: dialog.step === 'upsell' ? 0 : dialog.remaining,
      });
  };
  watchDialogs(look, visit.signal);
}
