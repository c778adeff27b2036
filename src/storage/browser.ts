/**
 * The one import of the extension API for storage and the background. Tests replace
 * `webextension-polyfill` with `@webext-core/fake-browser` (see tests/support/), so nothing else needs to know.
 */
import browser from 'webextension-polyfill';

export { browser };

/** What `storage.local` holds: keys to JSON-like values. */
export type Items = Record<string, unknown>;

/** The storage area, looked up on each call so a test's spy on `set` is seen. */
export const local = () => browser.storage.local;
