/**
 * The side panel (Chrome's side panel; src/popup/panel.tsx): the popup's views for the active tab of its window,
 * following the person from profile to profile and elsewhere, with Insert into LinkedIn. Opened here in a
 * window of its own with `panel.html?window=<id>`, following the window that holds the LinkedIn tab.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness';
import { expectCleanFlow, fixtureConfig, importLog, LABELS, logWith, waitForReading } from './linkedin-kit';
import { allowExtensionPages, seriousViolations } from './popup-kit';

const priya = fixtureConfig('sdui-connect.html');
const avery = fixtureConfig('ember-connect.html');

/** Opens the side panel's page in a new window, following the window of `page`. */
async function openPanel(ext: Extension, page: Page): Promise<Page> {
  const tabId = await ext.tabIdOf(page);
  const url = `chrome-extension://${ext.id}/src/popup/panel.html`;
  const opened = ext.context.waitForEvent('page');
  await ext.worker.evaluate(
    async ({ tabId, url }) => {
      const { windowId } = await chrome.tabs.get(tabId);
      await chrome.windows.create({ url: `${url}?window=${windowId}`, width: 400, height: 800 });
    },
    { tabId, url },
  );
  const panel = await opened;
  await panel.locator('main:not([aria-busy])').waitFor({ timeout: 10_000 });
  return panel;
}

const heading = (panel: Page) => panel.getByRole('heading', { level: 1 }).first().textContent();

describe('the side panel', () => {
  let ext: Extension;
  let page: Page;
  let panel: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    await allowExtensionPages(ext);
    ext.serve(priya.path, 'sdui-connect.html');
    ext.serve(avery.path, 'ember-connect.html');
    ext.serve('/feed/', 'sdui-connect.html');
    await importLog(ext, logWith([priya.person, avery.person]));
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the verdict for the person on the active tab, with nothing to open a panel from', async () => {
    page = await ext.context.newPage();
    await page.goto(`https://www.linkedin.com${priya.path}`);
    await waitForReading(ext, page);
    panel = await openPanel(ext, page);
    expect(await heading(panel)).toBe(priya.person.name);
    expect(await panel.locator('.verdict-badge').textContent()).toBe('Send now');
    expect(await panel.getByRole('button', { name: 'Open in side panel' }).count()).toBe(0);
  });

  it('follows the tab to another logged person, then elsewhere (what is due)', async () => {
    await page.goto(`https://www.linkedin.com${avery.path}`);
    await expect.poll(() => heading(panel)).toBe(avery.person.name);
    await page.goto('https://www.linkedin.com/feed/');
    await expect
      .poll(() => panel.getByRole('heading', { level: 1 }).allTextContents())
      .not.toContain(avery.person.name);
    await page.goto(`https://www.linkedin.com${priya.path}`);
    await expect.poll(() => heading(panel)).toBe(priya.person.name);
  });

  it('inserts the note into LinkedIn’s open box', async () => {
    const t = LABELS[priya.lang];
    await page.bringToFront();
    await page
      .getByLabel(t.invite(priya.person.name), { exact: true })
      .filter({ visible: true })
      .first()
      .click();
    await page.getByRole('button', { name: t.addNote, exact: true }).click();
    const insert = panel.getByRole('button', { name: 'Insert into LinkedIn' });
    await expect.poll(() => insert.isEnabled()).toBe(true);
    const note = await panel.getByLabel(`Note to ${priya.person.name}`).inputValue();
    await insert.click();
    const box = page.locator('#interop-outlet').locator('#custom-message');
    await expect.poll(() => box.inputValue()).toBe(note);
    await expectCleanFlow(ext, page);
  });

  it('fits a narrow panel and has no serious accessibility problem, light or dark', async () => {
    await panel.setViewportSize({ width: 320, height: 800 });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(panel), scheme).toEqual([]);
      const overflow = await panel.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      expect(overflow, scheme).toBe(false);
      await panel.screenshot({ path: `docs/screenshots/side-panel${scheme === 'dark' ? '-dark' : ''}.png` });
    }
  });
});
