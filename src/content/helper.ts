/**
 * The helper: the content script's hands, injected by the background (`scripting.executeScript`) into a
 * tab only when a visit needs it, once per tab, and kept for later visits in that tab (DESIGN.md "Always-on
 * eyes, hands on demand"). It registers itself as `globalThis.connectCoachHelper` for the always-on
 * script (src/content/seam.ts), with the running visit's state for the popup's answers (src/content/tab.ts,
 * injected only when a popup opens on the tab). Once here it also watches for the extension's update or
 * removal (src/content/orphan.ts): an orphaned copy turns its always-on script off when the new copy's
 * card arrives after the top card, or at the person's next press or key, which takes its card away.
 */
import { stopWhenOrphaned } from './orphan';
import { page, visit } from './visit';

// Injected again into a tab that already has it (two prepares at once): the first copy stays.
if (!globalThis.connectCoachHelper) {
  globalThis.connectCoachHelper = {
    visit(slug, answer, signal) {
      void visit(slug, answer, signal);
    },
    page,
  };
  stopWhenOrphaned();
}
