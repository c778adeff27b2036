/**
 * Who may ask what. The log's edits, its export and its wipe come only from the extension's own pages
 * (the popup, the options page), told apart positively: the sender is this extension and its address is
 * one of ours. Anything else (a content script on a web page) may only send `page/…` reports, and no
 * faster than a person browsing could cause: a token bucket per tab refuses a flood before any work.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../browser';

/**
 * True for a message from one of this extension's own pages: same extension id, an address under our
 * origin, and, if it sits in a tab, a tab showing one of our pages.
 *
 * @example fromOwnPage({ id: browser.runtime.id, url: browser.runtime.getURL('src/popup/popup.html') }) // true
 */
export function fromOwnPage(sender: Runtime.MessageSender): boolean {
  const origin = browser.runtime.getURL('/');
  if (sender.id !== browser.runtime.id) return false;
  if (!sender.url?.startsWith(origin)) return false;
  const { origin: senderOrigin } = sender as { origin?: string };
  if (senderOrigin !== undefined && `${senderOrigin}/` !== origin) return false;
  const tabUrl = sender.tab?.url;
  return tabUrl === undefined || tabUrl.startsWith(origin);
}

/** A burst a page may send at once (a few navigations in a row), then this many per second. */
const BURST = 30;
const PER_SECOND = 5;
const buckets = new Map<number, { tokens: number; at: number }>();

/**
 * Takes one token from the sender's tab's bucket: false when it is empty (the message is refused unread).
 *
 * @example if (!withinRate(sender, Date.now())) return { ok: false, error: TOO_FAST };
 */
export function withinRate(sender: Runtime.MessageSender, now: number): boolean {
  const tab = sender.tab?.id ?? -1;
  const bucket = buckets.get(tab) ?? { tokens: BURST, at: now };
  const tokens = Math.min(BURST, bucket.tokens + ((now - bucket.at) / 1000) * PER_SECOND);
  const allowed = tokens >= 1;
  buckets.set(tab, { tokens: allowed ? tokens - 1 : tokens, at: now });
  if (buckets.size > 500) buckets.delete(buckets.keys().next().value as number);
  return allowed;
}

/** Forgets every bucket (tests start each case afresh). */
export const resetRates = (): void => buckets.clear();

export const TOO_FAST = 'This page sent too many requests; Connect Coach ignored some of them.';
export const NOT_OURS =
  'A web page can only report what it shows: only Connect Coach’s own pages can read or change the log.';

/**
 * Lets `storage.local` be read only by the extension's own pages and worker, not by content scripts
 * (Chrome 102+). Firefox has no `setAccessLevel`: there content scripts can read storage.local directly,
 * which is why ours never do and the log's secrets stay behind the background's checks.
 */
export async function limitStorageToTrusted(): Promise<void> {
  const local = browser.storage.local as {
    setAccessLevel?: (access: { accessLevel: string }) => Promise<void>;
  };
  if (typeof local.setAccessLevel !== 'function') return;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}
