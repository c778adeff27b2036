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
 * Finds the tab (`?tab=<id>` or the active one), then asks its content script and the background at
 * once: the popup's first render waits for the slower of the two, never for both in a row.
 *
 * @example const loaded = await loadPopup(location.search);
 */
export async function loadPopup(search: string): Promise<Loaded> {
  const tab = await findTab(search);
  const [status, reply] = await Promise.all([
    tab ? askTab(tab.id, { type: 'tab/status' }) : Promise.resolve(null),
    ask({ type: 'state/get' }),
  ]);
  const state = reply.ok ? reply : null;
  const stateError = reply.ok ? null : reply.error;
  const view = chooseView({ url: tab?.url ?? null, status, state });
  return { tab, status, state, stateError, view, now: new Date() };
}
