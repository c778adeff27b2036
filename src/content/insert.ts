/**
 * Insert note: fills this person's open note box with the note the person last edited. The draft is
 * asked of the background at the moment of Insert (a note edited in the popup a minute ago wins over
 * the one this page got when it loaded), and what the person typed in LinkedIn's box themselves is
 * never replaced without asking.
 */
import { insertNote } from '../linkedin';
import type { InsertActions } from './insert-row';
import { askReading } from './messaging';
import type { Visit } from './scene';

/**
 * Fills `textarea` with `text` within `limit`, and says how it went, in words for the card and the bar.
 *
 * @example fillNoteBox(box, 200, 'Hi Priya, thank you…') // 'Note inserted. Read it, then press Send.'
 */
export function fillNoteBox(textarea: HTMLTextAreaElement, limit: number, text: string): string {
  if (text.length > limit) return `Your note is over LinkedIn’s ${limit} characters.`;
  return insertNote(textarea, text)
    ? 'Note inserted. Read it, then press Send.'
    : 'LinkedIn’s box didn’t take it: copy it from the popup.';
}

/**
 * The card's and the bar's Insert actions for this visit.
 *
 * @example const actions = insertActions(visit); createBar(actions);
 */
export function insertActions(visit: Visit): InsertActions {
  // What we last put in the box: text there that differs from it is the person's own.
  let ours = '';
  const box = () => {
    const dialog = visit.now.dialog;
    return dialog?.mine && dialog.step === 'note' ? dialog.textarea : null;
  };
  const fill = async () => {
    visit.set({ asking: false });
    const textarea = box();
    if (!textarea) return visit.set({ status: 'Open the note box first.' });
    // The note as it stands now in the log (the background answers a reading with the current draft).
    const now = await askReading(visit.now.reading);
    if (visit.signal.aborted || box() !== textarea) return;
    const answer = now ?? visit.now.answer;
    const limit = visit.now.dialog?.limit ?? answer.limit;
    const status = fillNoteBox(textarea, limit, answer.draft);
    if (textarea.value === answer.draft) ours = answer.draft;
    visit.set(now ? { answer: now, status } : { status });
  };
  return {
    insert() {
      const typed = box()?.value.trim() ?? '';
      if (typed && typed !== ours.trim()) visit.set({ asking: true, status: '' });
      else void fill();
    },
    replace: () => void fill(),
    keep: () => visit.set({ asking: false, status: 'Kept what you typed.' }),
  };
}
