/** Everything the popup learns before its first render: its tab, that tab's page, and the log. */
import type { TabStatus } from '../messages';
import { ask, askTab, findTab, type StateReply, type TabRef } from '../ui/client';
import { chooseView, type View } from './view';

export interface Loaded {
  tab: TabRef | null;
  status: TabStatus | null;
  state: StateReply | null;
  /** The background's sentence when it could not answer. */
  stateError: string | null;
  view: View;
  /** The moment the advice on screen is for. */
  now: Date;
}

/**
 * Asks the background for the log while it finds the tab (`?tab=<id>` or the active one) and asks that
 * tab's content script: the first render waits for the slower of the two, never for both in a row.
 *
 * @example const loaded = await loadPopup(location.search);
 */
export async function loadPopup(search: string): Promise<Loaded> {
  const asked = ask({ type: 'state/get' });
  const tab = await findTab(search);
  const [status, reply] = await Promise.all([tab ? statusOf(tab) : Promise.resolve(null), asked]);
  const state = reply.ok ? reply : null;
  const stateError = reply.ok ? null : reply.error;
  const view = chooseView({ url: tab?.url ?? null, status, state });
  return { tab, status, state, stateError, view, now: new Date() };
}

/**
 * A LinkedIn tab's status. The tab's answers (src/content/tab.ts) stay in the tab once a popup prepared
 * it; only when nothing answers (the first popup on this page, a page loaded before an update) does the
 * background inject them and the tab is asked again: a later open costs one question, not three.
 */
async function statusOf(tab: TabRef) {
  const status = await askTab(tab.id, { type: 'tab/status' });
  if (status || !tab.url?.startsWith('https://www.linkedin.com/')) return status;
  await ask({ type: 'tab/prepare', tabId: tab.id });
  return askTab(tab.id, { type: 'tab/status' });
}
