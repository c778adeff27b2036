/**
 * Who a message comes from, as the background sees it (runtime.MessageSender) on the in-memory browser,
 * whose extension id is `test-extension-id`.
 */
import type { Runtime } from 'webextension-polyfill';

const ORIGIN = 'chrome-extension://test-extension-id';

/** One of the extension's own pages (the options page): may send every message. */
export const OWN_PAGE: Runtime.MessageSender = {
  id: 'test-extension-id',
  url: `${ORIGIN}/src/options/options.html`,
};

/** The popup, opened for tab 7. */
export const POPUP: Runtime.MessageSender = {
  id: 'test-extension-id',
  url: `${ORIGIN}/src/popup/popup.html?tab=7`,
};

/** Our content script in LinkedIn's top frame, tab 7. */
export const LINKEDIN_TAB: Runtime.MessageSender = {
  id: 'test-extension-id',
  tab: { id: 7 } as Runtime.MessageSender['tab'],
  frameId: 0,
  url: 'https://www.linkedin.com/in/priya-natarajan/',
};

/** The sender each message would really come from: `page/…` from a LinkedIn tab, the rest from our pages. */
export const senderFor = (message: unknown): Runtime.MessageSender =>
  String((message as { type?: unknown })?.type).startsWith('page/') ? LINKEDIN_TAB : OWN_PAGE;
