/**
 * The content script: eyes and hands on LinkedIn, the background is the brain (DESIGN.md
 * "Architecture"). Off profile pages only the navigation watcher runs; on a profile, a visit reads the
 * page, asks the background, and shows the helper for people in the log.
 */
import { findNoteBox, insertNote, profileSlug } from '../linkedin';
import { answerTabs } from './messaging';
import { page, visit } from './visit';
import { watchVisits } from './watcher';

const life = new AbortController();

answerTabs(
  {
    status() {
      const box = findNoteBox(document);
      const noteBox = box && { limit: box.limit, remaining: box.remaining };
      return { reading: page.reading, noteBox, answer: page.answer };
    },
    insert(text) {
      const box = findNoteBox(document);
      return !!box && text.length <= box.limit && insertNote(box.textarea, text);
    },
  },
  life.signal,
);

// The page's own `location` is read as the browser parsed it: no address to parse on every page.
watchVisits(
  () => profileSlug(location),
  (slug, signal) => void visit(slug, signal),
  life.signal,
);
