/**
 * The helper: the content script's hands, injected by the background (`scripting.executeScript`) into a
 * tab only when a visit needs it, once per tab, and kept for later visits in that tab (DESIGN.md "Always-on
 * eyes, hands on demand"). It registers itself as `globalThis.connectCoachHelper` for the always-on
 * script (src/content/seam.ts) and answers the popup's `tab/…` messages.
 */
import { findNoteBox, readProfile } from '../linkedin';
import type { TabStatus } from '../replies';
import { keepOwnProfile } from './log-keeper';
import { answerTabs } from './messaging';
import { insert } from './tab-insert';
import { page, visit } from './visit';

/**
 * What the popup's `tab/status` hears: the current visit's reading and answer, or, where no visit runs
 * (a stranger's profile, where the popup injected the helper), the page read now, once, on request;
 * on one's own profile not yet known as such, its checklist goes to the background too.
 *
 * @example status() // { reading: { slug: 'priya-natarajan', … }, noteBox: null, answer: null }
 */
function status(): TabStatus {
  const box = findNoteBox(document);
  const noteBox = box && { limit: box.limit, remaining: box.remaining };
  const reading = page.reading ?? readProfile(document, location);
  // One's own profile not yet known as such (no visit ran): the background learns its slug from this.
  if (!page.reading && reading?.own) keepOwnProfile();
  return { reading, noteBox, answer: page.answer };
}

// Injected again into a tab that already has it (two prepares at once): the first copy stays.
if (!globalThis.connectCoachHelper) {
  answerTabs(
    {
      status,
      insert,
    },
    new AbortController().signal,
  );
  globalThis.connectCoachHelper = {
    visit(slug, answer, signal) {
      void visit(slug, answer, signal);
    },
  };
}
