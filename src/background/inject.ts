/**
 * Putting the content script's hands into a tab when they are needed (DESIGN.md "Always-on eyes, hands
 * on demand"): the helper bundle for a visit that needs it, the popup's answers (tab.js) when a popup
 * opens on the tab, the own-profile reader on one's own profile, the page report when the popup asks,
 * and after an install or update the always-on script into LinkedIn tabs already open (an orphaned
 * older copy there stops itself). Always the tab's top frame, in the extension's
 * isolated world, from the extension's own files: no remote code.
 */

import { browser } from '../browser';
import { OUR_MARK, removeLeftovers } from '../leftovers';

/** The bundles scripts/build.mjs writes beside the manifest (self-contained IIFE files). */
export const HELPER_FILE = 'helper.js';
export const REPORT_FILE = 'report.js';
export const OWN_FILE = 'own.js';
export const TAB_FILE = 'tab.js';
export const BAR_FILE = 'bar.js';

/** Tabs whose current document has the helper (Chrome gives each document an id; Firefox does not). */
const helped = new Map<number, string>();
browser.tabs.onRemoved.addListener((tabId: number) => helped.delete(tabId));

const topFrame = (tabId: number) => ({ tabId, frameIds: [0] });

/**
 * Makes sure the tab's top document has the helper: injects it unless it is there already (asked of the
 * page's isolated world, since a reload or navigation drops it). Answers false when the tab can't take a
 * script (closed, an error page, not LinkedIn).
 *
 * @example if (await ensureHelper(tabId, sender.documentId)) return { mode: 'coach', name };
 */
export async function ensureHelper(tabId: number, documentId?: string): Promise<boolean> {
  if (documentId && helped.get(tabId) === documentId) return true;
  try {
    const [probe] = await browser.scripting.executeScript({
      target: topFrame(tabId),
      func: () => !!globalThis.connectCoachHelper,
    });
    if (probe?.result !== true)
      await browser.scripting.executeScript({ target: topFrame(tabId), files: [HELPER_FILE] });
    if (documentId) helped.set(tabId, documentId);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure the tab's top document answers the popup's `tab/…` messages (src/content/tab.ts, which
 * reads the helper's visit where there is one): injected unless it is there already. False when the tab
 * can't take a script.
 *
 * @example if (await ensureTabAnswers(tabId)) await askTab(tabId, { type: 'tab/status' });
 */
export async function ensureTabAnswers(tabId: number): Promise<boolean> {
  try {
    const [probe] = await browser.scripting.executeScript({
      target: topFrame(tabId),
      func: () => !!globalThis.connectCoachTab,
    });
    if (probe?.result !== true)
      await browser.scripting.executeScript({ target: topFrame(tabId), files: [TAB_FILE] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Injects one of the on-demand bundles a visit asks for into the tab's top document: the own-profile
 * reader (src/content/own.ts, which sends `page/own-profile`) or the dialog's bar (src/content/bar.ts).
 * False when the tab can't take a script.
 *
 * @example await injectInto(tabId, OWN_FILE) // true: the checklist follows as `page/own-profile`
 */
export async function injectInto(tabId: number, file: typeof OWN_FILE | typeof BAR_FILE): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: topFrame(tabId), files: [file] });
    return true;
  } catch {
    return false;
  }
}

/**
 * The page report of the tab's LinkedIn page, as text for the person to copy (src/content/report.ts).
 *
 * @example await reportOf(tabId) // { ok: true, report: 'Connect Coach page report …' }
 */
export async function reportOf(
  tabId: number,
): Promise<{ ok: true; report: string } | { ok: false; error: string }> {
  try {
    await browser.scripting.executeScript({ target: topFrame(tabId), files: [REPORT_FILE] });
    const [run] = await browser.scripting.executeScript({
      target: topFrame(tabId),
      func: () => globalThis.connectCoachReport?.() ?? null,
    });
    if (typeof run?.result === 'string') return { ok: true, report: run.result };
  } catch {
    // Below: the same sentence whether the tab refused the script or the report did not come back.
  }
  return {
    ok: false,
    error: 'Connect Coach could not read this page for a report. Reload it and try again.',
  };
}

/**
 * After an install or update: the always-on script into every open LinkedIn tab, so those pages need no
 * reload (an older, orphaned copy there stops itself and removes what its helper added).
 *
 * @example browser.runtime.onInstalled.addListener(() => void injectOpenTabs());
 */
export async function injectOpenTabs(): Promise<void> {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) return;
  const tabs = await browser.tabs.query({ url: 'https://www.linkedin.com/*' });
  const inject = async (tabId: number) => {
    // In Firefox the old copy's card is still on the page, its script gone: take it away first.
    await browser.scripting.executeScript({
      target: topFrame(tabId),
      func: removeLeftovers,
      args: [OUR_MARK],
    });
    await browser.scripting.executeScript({ target: topFrame(tabId), files: [file] });
  };
  await Promise.all(
    tabs.map(
      (tab) => (tab.id === undefined ? undefined : inject(tab.id).catch(() => undefined)), // a discarded or loading tab: it gets the script when it loads
    ),
  );
}

declare global {
  // What src/content/report.ts leaves in the tab's isolated world for the background to call.
  var connectCoachReport: (() => string) | undefined;
}
