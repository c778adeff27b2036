/**
 * Stands in for `webextension-polyfill` in tests, which throws outside an extension:
 * `vi.mock('webextension-polyfill', () => import('./polyfill'));`
 */
export { fakeBrowser as default } from '@webext-core/fake-browser';
