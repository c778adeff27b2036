/// <reference types="chrome" />
/**
 * The always-on content script: only eyes (DESIGN.md "Always-on eyes, hands on demand"). It follows the
 * address through LinkedIn's in-page navigation, takes the profile's slug from `location` and, for each
 * visit, asks the background about it with the tab's title (which names the person). Nothing else of the
 * page is read and nothing is observed, on any page: the background injects the helper only for people
 * in the log (or possibly in it) and one's own profile, and this script then hands it the visit.
 *
 * When the extension is updated or reloaded this script is orphaned (`chrome.runtime.id` is gone): it
 * then aborts every visit, so the helper removes what it added and stops listening, and stops itself.
 * A fresh copy (injected by the background on update) first stops any older copy in this world; one in
 * the world of the extension before the update is stopped by its helper when the new copy's card
 * arrives, or at the person's next press or key on the page (src/content/orphan.ts).
 */
import { profileSlug } from '../linkedin/url';
import type { Message, Reply } from '../messages';
import type { Failure } from '../storage/types';
import { alive } from './alive';
import { watchVisits } from './watcher';

/** The visit's answer (a `Failure` is not told apart here, as in src/content/messaging.ts `ask`). */
type VisitAnswer = Exclude<Reply<'page/visit'>, Failure>;

/**
 * Sends a message to the background: its answer, or undefined when there is none. Sending from an
 * orphaned script throws ("Extension context invalidated"): this script then stops.
 *
 * @example const answer = await ask({ type: 'page/visit', slug: 'priya-natarajan', title: 'Priya | LinkedIn' });
 */
function ask(message: Message): Promise<VisitAnswer | undefined> {
  return new Promise((resolve) => {
    try {
      chrome.runtime.sendMessage(message, (answer?: VisitAnswer) =>
        resolve(chrome.runtime.lastError ? undefined : answer),
      );
    } catch {
      stop();
      resolve(undefined);
    }
  });
}

const life = new AbortController();
/** This copy's off switch, where a later copy (after an update) or a check below finds it. */
const stop = () => {
  life.abort();
  if (globalThis.connectCoachEyes === stop) globalThis.connectCoachEyes = undefined;
};
globalThis.connectCoachEyes?.();
globalThis.connectCoachEyes = stop;

// The person coming back to the tab (say, from the extensions page after an update) is the moment an
// orphan should notice, even without navigating: one property read, no page query. Where the helper came,
// it also looks when the top card changes and at the person's presses and keys (src/content/orphan.ts).
document.addEventListener('visibilitychange', () => alive() || stop(), { signal: life.signal });

/**
 * Asks the background about one visit and hands it to the helper if it needs one. After an in-page
 * navigation LinkedIn renames the tab a moment later, and the new title may name someone of the log
 * who has no address yet: so a "none" is asked once more if the title changes within a second.
 */
function visit(slug: string | null, signal: AbortSignal, again = true): void {
  if (!alive()) {
    stop();
    return;
  }
  const title = document.title;
  void ask({ type: 'page/visit', slug, title }).then((answer) => {
    if (!slug || signal.aborted || !answer) return;
    if (answer.mode !== 'none') {
      globalThis.connectCoachHelper?.visit(slug, answer, signal);
      return;
    }
    if (again)
      setTimeout(() => signal.aborted || document.title === title || visit(slug, signal, false), 1000);
  });
}

watchVisits(() => profileSlug(location), visit, life.signal);

declare global {
  // The running always-on script's off switch, in the isolated world (the page cannot see it).
  var connectCoachEyes: (() => void) | undefined;
}
