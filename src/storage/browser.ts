/** Storage's view of the extension API (src/browser.ts): the local area and what it holds. */
import { browser } from '../browser';

/** What `storage.local` holds: keys to JSON-like values. */
export type Items = Record<string, unknown>;

/** The storage area, looked up on each call so a test's spy on `set` is seen. */
export const local = () => browser.storage.local;
