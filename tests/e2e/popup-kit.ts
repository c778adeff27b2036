/** Opening the popup in a tab for another tab (`popup.html?tab=<id>`), and checking it with axe-core. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Extension } from './harness';

const require = createRequire(import.meta.url);

/** The popup's size in the toolbar. */
export const POPUP_VIEWPORT = { width: 380, height: 720 };

/**
 * Lets the extension's own pages load their scripts and styles: the harness aborts every request it does
 * not serve, and Playwright routes chrome-extension:// subresources too. (Later routes are asked first.)
 */
export async function allowExtensionPages(ext: Extension): Promise<void> {
  await ext.context.route(/^chrome-extension:\/\//, (route) => route.continue());
}

/** Opens the popup for `page`'s tab (or, without one, as if from the toolbar) and waits for its content. */
export async function openPopup(ext: Extension, page?: Page): Promise<Page> {
  const query = page ? `?tab=${await ext.tabIdOf(page)}` : '';
  const popup = await ext.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${ext.id}/src/popup/popup.html${query}`);
  await popup.locator('main:not([aria-busy])').waitFor({ timeout: 10_000 });
  return popup;
}

/** axe-core's serious and critical violations on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // The extension page's CSP refuses inline scripts (addScriptTag); evaluating the source is not a script tag.
  if (!loaded) await page.evaluate(readFileSync(require.resolve('axe-core'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document): Promise<AxeResults> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}
