/**
 * The one import of the extension API for the background, the popup, the options page and the side panel
 * (webextension-polyfill: promises and one `browser` namespace in Chrome and Firefox alike). Tests replace
 * `webextension-polyfill` with `@webext-core/fake-browser` (tests/support/polyfill.ts), so nothing else
 * needs to know. The content script alone uses the global `chrome`: the polyfill is ~3 KB gzip and the
 * helper's whole budget is 8 KB (src/content/messaging.ts).
 */
import browser from 'webextension-polyfill';

export { browser };
