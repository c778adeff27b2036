/**
 * The side panel follows the active tab of its window: a new tab, another profile (LinkedIn moves between
 * pages without reloading, and the browser reports the new address of a LinkedIn tab), a page that
 * finished loading. `panel.html?window=<id>` follows that window instead (for tests, and for the panel
 * opened as a tab), as `popup.html?tab=<id>` reads another tab.
 */
import type { Tabs } from 'webextension-polyfill';
import { browser } from '../browser';

/** The window to follow: `?window=<id>`, else the one the panel lives in; null when there is none. */
export async function windowToFollow(search: string): Promise<number | null> {
  const wanted = Number(new URLSearchParams(search).get('window'));
  if (Number.isInteger(wanted) && wanted > 0) return wanted;
  try {
    return (await browser.windows.getCurrent()).id ?? null;
  } catch {
    return null;
  }
}

/**
 * The popup's query for the active tab of `windowId` (`?tab=<id>`), or '' to let it find the tab itself.
 *
 * @example await activeTabQuery(7) // '?tab=42'
 */
export async function activeTabQuery(windowId: number | null): Promise<string> {
  if (windowId === null) return '';
  try {
    const [tab] = await browser.tabs.query({ active: true, windowId });
    return tab?.id === undefined ? '' : `?tab=${tab.id}`;
  } catch {
    return '';
  }
}

/** Changes arriving together (a new address, then "complete") make one reload. */
const SETTLE_MS = 120;

/**
 * Calls `onChange()` when the active tab of `windowId` changes or moves to another page, until `signal`
 * aborts.
 *
 * @example followActiveTab(7, () => reload(), controller.signal);
 */
export function followActiveTab(windowId: number, onChange: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  };
  const activated = (info: Tabs.OnActivatedActiveInfoType) => {
    if (info.windowId === windowId) soon();
  };
  const updated = (_id: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
    if (tab.active && tab.windowId === windowId && (change.url || change.status === 'complete')) soon();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
    },
    { once: true },
  );
}
