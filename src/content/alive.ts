/// <reference types="chrome" />
/**
 * Whether this content script still belongs to a running extension. After an update or a reload the
 * scripts already in a tab are orphaned: their `chrome.runtime` has no id any more (or throws).
 *
 * @example if (!alive()) stop();
 */
export function alive(): boolean {
  try {
    return !!chrome.runtime?.id;
  } catch {
    return false;
  }
}
