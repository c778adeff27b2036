/**
 * Firefox's sidebar, as the Firefox tests reach it. The sidebar is part of the browser's own window, out
 * of WebDriver BiDi's reach (no browsing context of its own to locate, press or photograph), so:
 * - it is opened as a person opens it, by a trusted click on the popup's "Open in side panel"
 *   (`sidebarAction.open()` needs that click);
 * - it is read through `browser.extension.getViews({ type: 'sidebar' })` from the add-on's welcome page:
 *   the sidebar's document is the add-on's own, so its text and controls can be read there;
 * - its buttons are pressed there with `element.click()`: an untrusted click in our own page (LinkedIn's
 *   page only ever gets the person's trusted clicks, and the tests check it).
 * For trusted input and screenshots, the same page is opened in a window of its own (`openPanelWindow`).
 */
import type { Page } from 'puppeteer-core';
import { type FirefoxExtension, findPage, ORIGIN } from './harness';

type Sidebar = { extension: { getViews(filter: { type: 'sidebar' }): Window[] } };

/** Whether the sidebar shows our page, and its heading, verdict and status line (null where absent). */
export function sidebarState(ff: FirefoxExtension) {
  return ff.call(() => {
    const [view] = (browser as unknown as Sidebar).extension.getViews({ type: 'sidebar' });
    const text = (selector: string) => view?.document.querySelector(selector)?.textContent?.trim() ?? null;
    return {
      open: Boolean(view),
      page: view?.location.pathname ?? null,
      ready: view ? view.document.querySelector('main:not([aria-busy])') !== null : false,
      heading: text('h1'),
      verdict: text('.verdict-badge'),
      status: text('.action-status'),
    };
  });
}

/** The sidebar's note editor's text (the textarea named "Note to <name>"), or null. */
export function sidebarNote(ff: FirefoxExtension, name: string) {
  return ff.call((label) => {
    const [view] = (browser as unknown as Sidebar).extension.getViews({ type: 'sidebar' });
    const field = [...(view?.document.querySelectorAll('textarea') ?? [])].find(
      (box) => box.labels?.[0]?.textContent?.trim() === label || box.getAttribute('aria-label') === label,
    );
    return field?.value ?? null;
  }, `Note to ${name}`);
}

/**
 * Presses the sidebar's button whose text is `name`: 'enabled' once pressed, 'disabled' or 'absent'
 * otherwise (so a test can wait until it can be pressed).
 */
export function pressInSidebar(ff: FirefoxExtension, name: string) {
  return ff.call((label) => {
    const [view] = (browser as unknown as Sidebar).extension.getViews({ type: 'sidebar' });
    const button = [...(view?.document.querySelectorAll('button') ?? [])].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    if (!button) return 'absent';
    if (button.disabled) return 'disabled';
    button.click();
    return 'enabled';
  }, name);
}

/**
 * The side panel's page in a window of its own, following the window that holds `page`
 * (`panel.html?window=<id>`, as in the Chromium test): here BiDi's trusted input and screenshots reach it.
 */
export async function openPanelWindow(ff: FirefoxExtension, page: Page): Promise<Page> {
  const tabId = await ff.tabIdOf(page);
  const windowId = await ff.call(async (id) => (await browser.tabs.get(id)).windowId, tabId);
  const url = `${ORIGIN}/src/popup/panel.html?window=${windowId}`;
  await ff.call(
    (u) => browser.windows.create({ url: u, width: 360, height: 800 }).then(() => undefined),
    url,
  );
  const panel = await findPage(ff.browser, (href) => href === url);
  await panel.waitForSelector('main:not([aria-busy])');
  return panel;
}
