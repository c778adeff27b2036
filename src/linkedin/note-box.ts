/**
 * LinkedIn's invitation dialog: finding the note box (light DOM in the Ember layout, the open shadow root
 * of #interop-outlet in the 2026 one), filling it the way a person's typing would, and knowing its Send.
 * Nothing here clicks, submits or navigates: the person sends.
 */
import { noteDialogRoots } from './dialogs';
import { all, any, shown, text } from './dom';
import * as S from './selectors';

/** The open note box: its element, its limit in UTF-16 code units, and the notes left this month if shown. */
export interface NoteBox {
  textarea: HTMLTextAreaElement;
  limit: number;
  remaining: number | null;
}

/** When neither maxlength nor the counter says: the free limit, which fits every account. */
const FALLBACK_LIMIT = 200;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const DIALOG = S.dialogRoot.join();

/** maxlength, else the "12/200" counter beside the box. */
function limitOf(textarea: HTMLTextAreaElement): number {
  if (textarea.maxLength > 0) return textarea.maxLength;
  const siblings = [...(textarea.parentElement?.children ?? [])].filter((el) => el !== textarea);
  const counter = siblings.map((el) => /(\d+)\s*\/\s*(\d+)/.exec(text(el) ?? '')).find(Boolean);
  return counter ? Number(counter[2]) : FALLBACK_LIMIT;
}

/** The first number of the dialog's line before the box: "5 personalized invitations remaining…",
 * "Il vous reste 5 invitations…". Read by place and digits, so it works in every language. */
function remainingOf(textarea: HTMLTextAreaElement): number | null {
  const dialog = textarea.closest(DIALOG) ?? textarea.getRootNode();
  const lines = all(dialog as ParentNode, S.noteDialogLine);
  const line = lines.find(
    (p) => p.compareDocumentPosition(textarea) & FOLLOWING && /\d/.test(p.textContent ?? ''),
  );
  return line ? Number(/\d+/.exec(line.textContent ?? '')![0]) : null;
}

/**
 * The open, visible note box, or null when there is none.
 *
 * @example findNoteBox(document) // { textarea, limit: 200, remaining: 5 }
 */
export function findNoteBox(document: Document): NoteBox | null {
  for (const root of noteDialogRoots(document)) {
    const box = findNoteBoxIn(root);
    if (box) return box;
  }
  return null;
}

/**
 * The visible note box under `root` (a dialog, an outlet, a shadow root), or null.
 *
 * @example findNoteBoxIn(dialog)?.limit // 200
 */
export function findNoteBoxIn(root: ParentNode): NoteBox | null {
  const textarea = all(root, S.noteBox).find(shown) as HTMLTextAreaElement | undefined;
  return textarea ? { textarea, limit: limitOf(textarea), remaining: remainingOf(textarea) } : null;
}

/**
 * True when LinkedIn showed its Premium upsell instead of the note box: no personalised notes left.
 *
 * @example quotaUsedUp(document) // true after "Add a note" on a free account with none left
 */
export function quotaUsedUp(document: Document): boolean {
  return noteDialogRoots(document).some((root) => any(root, S.quotaUpsell).some(shown));
}

/**
 * Fills the note box as typing would: LinkedIn keeps its own copy of the note, updated only by `input`
 * events, so the value goes in through the native setter (the page may shadow `value` on the element)
 * and an `input` event follows. Refuses a note over the box's limit. True when the box holds the text.
 *
 * @example insertNote(findNoteBox(document)!.textarea, 'Hi Priya, thank you for…') // true
 */
export function insertNote(textarea: HTMLTextAreaElement, note: string): boolean {
  try {
    if (
      textarea.disabled ||
      textarea.readOnly ||
      (textarea.maxLength > 0 && note.length > textarea.maxLength)
    )
      return false;
    const view = textarea.ownerDocument.defaultView;
    const native = Object.getOwnPropertyDescriptor(
      (view?.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype,
      'value',
    );
    if (!native?.set) return false;
    native.set.call(textarea, note);
    textarea.dispatchEvent(new (view?.Event ?? Event)('input', { bubbles: true, composed: true }));
    return textarea.value === note;
  } catch {
    return false;
  }
}
