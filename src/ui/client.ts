/**
 * The one way the popup and the options page talk to the rest of the extension: typed requests to the
 * background (`ask`) and to a tab's content script (`askTab`), through the one browser facade
 * (src/browser.ts). Nothing here throws: a silent or missing receiver becomes a `Failure` (or
 * `null` for a tab), which the pages turn into a calm sentence.
 */
import { browser } from '../browser';
import type { Message, Reply, TabMessage, TabReplies } from '../messages';
import { isFailure } from '../replies';

/** How long to wait for an answer: a waking service worker takes well under a second. */
const TIMEOUT_MS = 4000;
const SILENT = 'Connect Coach’s background did not answer.';

/**
 * Sends a message to the background and answers its reply, or a `Failure` when nobody answered.
 *
 * @example
 * const state = await ask({ type: 'state/get' });
 * if (state.ok) console.log(state.interviews.length);
 */
export async function ask<M extends Message>(message: M): Promise<Reply<M['type']>> {
  const silent = { ok: false, error: SILENT } as const;
  try {
    // The background answers what `Replies` says for this type (its handlers are typed by that map).
    const reply: Reply<M['type']> = await withTimeout(browser.runtime.sendMessage(message));
    if (reply && typeof reply === 'object' && typeof (reply as { ok?: unknown }).ok === 'boolean') {
      // A failure always carries a sentence to show, even from a background that forgot one.
      if (isFailure(reply) && typeof reply.error !== 'string') return silent;
      return reply;
    }
    return silent;
  } catch {
    return silent;
  }
}

/**
 * Sends a message to a tab's content script; `null` when the tab has none (not a LinkedIn page, a page
 * loaded before the extension, a closed tab) or it did not answer.
 *
 * @example
 * const status = await askTab(tabId, { type: 'tab/status' }); // → { reading, noteBox } | null
 */
export async function askTab<M extends TabMessage>(
  tabId: number,
  message: M,
): Promise<TabReplies[M['type']] | null> {
  try {
    // The content script answers what `TabReplies` says (src/content/messaging.ts `answerTabs`).
    const reply: TabReplies[M['type']] = await withTimeout(browser.tabs.sendMessage(tabId, message));
    // A failure reply is no status: the popup then reads the tab's address alone.
    // …except Insert's refusal, which says why nothing went in.
    const refusal = message.type === 'tab/insert-note' && isFailure(reply) && 'why' in reply;
    if (!reply || typeof reply !== 'object' || (isFailure(reply) && !refusal)) return null;
    if (message.type === 'tab/status' && !('reading' in reply)) return null;
    return reply;
  } catch {
    return null;
  }
}

/** The tab a page speaks of and its address (the address is known only for LinkedIn tabs). */
export interface TabRef {
  id: number;
  url: string | null;
}

/**
 * The tab named by `?tab=<id>` in `search`, else the active tab of the current window; `null` when neither
 * exists (e.g. the popup was opened with no window focused).
 *
 * @example
 * await findTab('?tab=42') // → { id: 42, url: 'https://www.linkedin.com/in/priya-natarajan/' }
 */
export async function findTab(search: string): Promise<TabRef | null> {
  const wanted = Number(new URLSearchParams(search).get('tab'));
  try {
    const tab =
      Number.isInteger(wanted) && wanted > 0
        ? await browser.tabs.get(wanted)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  } catch {
    return null;
  }
}

/** Opens the options page (in its own tab, as the manifest asks). */
export function openOptions(route?: string): void {
  if (!route) {
    browser.runtime.openOptionsPage().catch(() => undefined);
    return;
  }
  // openOptionsPage() takes no route: open the page at its hash in a tab instead.
  const url = browser.runtime.getURL(`src/options/options.html#${route}`);
  browser.tabs.create({ url }).catch(() => undefined);
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
