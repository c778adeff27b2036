/**
 * The seam between the two scripts Connect Coach runs on LinkedIn (DESIGN.md "Always-on eyes, hands on
 * demand"):
 * - the always-on script (`src/content/index.ts`, ≤ 2 KB gzip) follows the address, takes the profile's
 *   slug from `location` and asks the background `page/visit`; it reads nothing else of the page;
 * - the helper (`src/content/helper.ts`, ≤ 8 KB gzip), injected by the background with
 *   `scripting.executeScript` into that tab only when a visit needs it, once per tab.
 * Both run in the extension's isolated world, which the page cannot see into, so they meet on a global
 * of that world: the helper registers itself as `globalThis.connectCoachHelper`; the always-on script
 * calls it for each visit the background says needs it, with the visit's abort signal.
 * Types only: this file adds no code to either bundle.
 */
import type { ProfileReading } from '../linkedin/reading';
import type { PageAnswer, VisitAnswer } from '../replies';
import type { Dialog } from './scene';

/** The running visit's state, for the popup's answers (src/content/tab.ts): what the page shows, the
 * background's last answer about it, and the invitation dialog as the visit's dialog watch sees it. */
export interface VisitState {
  reading: ProfileReading | null;
  answer: PageAnswer | null;
  dialog: Dialog | null;
}

/** What the injected helper offers the always-on script and the popup's answers. */
export interface Helper {
  /** The running visit's state (all null between visits). */
  readonly page: VisitState;
  /** Runs one visit to `/in/<slug>/` until `signal` aborts (the person navigated away, or the extension
   * was updated and this script is orphaned): everything it added goes then. */
  visit(slug: string, answer: VisitAnswer, signal: AbortSignal): void;
}

declare global {
  // The isolated world's global: invisible to LinkedIn's scripts.
  var connectCoachHelper: Helper | undefined;
}
