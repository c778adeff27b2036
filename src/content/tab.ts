/**
 * The popup's and the side panel's hands in a LinkedIn tab, injected by the background only when one of
 * them opens on the tab (`tab/prepare`): it answers `tab/status` (what the page shows, and the running
 * visit's reading and answer when the helper has one) and `tab/insert-note` (see tab-insert.ts). Kept out
 * of the helper, which every visit to a logged person needs, while these answer only an open popup.
 */
import { findNoteBox, readProfile } from '../linkedin';
import type { TabStatus } from '../replies';
import { keepOwnProfile } from './log-keeper';
import { answerTabs } from './messaging';
import { insert } from './tab-insert';
import { page } from './tab-page';

/**
 * What the popup's `tab/status` hears: the current visit's reading and answer, or, where no visit runs
 * (a stranger's profile: no helper there), the page read now, once, on request;
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

// Injected again into a tab that already has it (two popups at once): the first copy stays.
if (!globalThis.connectCoachTab) {
  globalThis.connectCoachTab = true;
  answerTabs({ status, insert }, new AbortController().signal);
}

declare global {
  // The isolated world's global: this tab already answers the popup.
  var connectCoachTab: boolean | undefined;
}
