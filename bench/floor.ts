/**
 * The browser's floor for an extension page: the time from navigation start to a mark set by a page
 * that does nothing else (one tiny module script, no style, no data). Whatever a page of ours takes beyond
 * it is ours to cut; the floor itself (creating the page, its renderer, its first script) is the
 * browser's, and on a slow shared machine it is most of a 50 ms budget.
 *
 * The floor page is not part of the product: the benchmarks load a copy of dist/chrome with it added.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { DIST, type Extension } from '../tests/e2e/harness';
import { markSeen, markTime } from './report';

export const FLOOR_PAGE = 'bench-floor.html';

/** A copy of dist/chrome with the floor page; `remove()` deletes it. */
export function buildWithFloor(): { dist: string; remove(): void } {
  const dist = join(mkdtempSync(join(tmpdir(), 'connect-coach-floor-')), 'chrome');
  cpSync(DIST, dist, { recursive: true });
  writeFileSync(
    join(dist, FLOOR_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>' +
      '<script type="module" src="/bench-floor.js"></script></head><body></body></html>',
  );
  // The mark the page under comparison sets, so one `markTime` reads both.
  writeFileSync(
    join(dist, 'bench-floor.js'),
    "performance.mark(new URLSearchParams(location.search).get('mark'));",
  );
  return { dist, remove: () => rmSync(join(dist, '..'), { recursive: true, force: true }) };
}

/**
 * The browser's floor for a content script: adds to a copy made by buildWithFloor() one more content
 * script, `code`, on `origin` only. A page there pays what the browser charges for any extension's
 * content script (its isolated world, the injection, and what `code` asks of the browser) and nothing
 * of ours: `void 0;` does nothing; ASKING sends one message to the background and takes the answer, as
 * our always-on script does once per profile.
 */
export function addContentScriptFloor(dist: string, origin: string, code: string): void {
  const path = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const file = `bench-floor-${manifest.content_scripts.length}.js`;
  writeFileSync(join(dist, file), code);
  manifest.content_scripts.push({ matches: [`${origin}/*`], js: [file], run_at: 'document_idle' });
  writeFileSync(path, JSON.stringify(manifest));
}

/** A content script that asks the background once (it answers a stranger's message with a refusal). */
export const ASKING = "chrome.runtime.sendMessage({ type: 'bench/ping' }, () => chrome.runtime.lastError);";

/**
 * The least any extension can do to show advice on a profile: a content script that asks its background
 * once (as ASKING), then at the person's first input on the page (as ours waits for) puts a small card,
 * in a closed shadow root with its own style, right after the top card (the bench page's first child of
 * `#profile`: this floor knows its page, where ours has to read it). No reading, no second question, no
 * injection, no dialog watch: what is left of Connect Coach's work for a person in the log.
 */
export const SHOWING = `chrome.runtime.sendMessage({ type: 'bench/ping' }, () => {
  void chrome.runtime.lastError;
  const host = document.createElement('div');
  host.attachShadow({ mode: 'closed' }).innerHTML =
    '<style>section{font:14px system-ui;border:1px solid #888;border-radius:8px;padding:12px;margin:8px 0}' +
    'header{display:flex;gap:8px;align-items:baseline}h2{font-size:16px;margin:0}</style>' +
    '<section role="region" aria-label="Advice"><header><h2>Name</h2><span>Verdict</span>' +
    '<button aria-label="Hide">×</button></header><p>Summary.</p><ul><li>A reason.</li><li>Another.</li></ul></section>';
  const seen = (event) => {
    if (!event.isTrusted) return;
    removeEventListener('pointermove', seen, true);
    document.getElementById('profile')?.firstElementChild?.after(host);
  };
  addEventListener('pointermove', seen, true);
});`;

/** Opens the floor page (in a tab of `viewport`, when given) and answers when it set `mark` (ms from navigation start). */
export async function floorTime(
  ext: Extension,
  mark: string,
  viewport?: { width: number; height: number },
): Promise<number> {
  const page: Page = await ext.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${ext.id}/${FLOOR_PAGE}?mark=${mark}`);
  const ms = await markTime(page, mark);
  await page.close();
  return ms;
}

/**
 * Ends Playwright's request interception for the rest of the run. While any route is set, Playwright
 * pauses every request of every page, the extension's own modules and styles included, and lets each one
 * go on from Node: a round trip per file that a person's browser never makes, and many more of them for a
 * page of a dozen modules than for the floor's one script. (With it, on this machine, the popup measured
 * 50–130 ms slower above the floor.) Call it once the LinkedIn pages a bench needs are loaded; the harness
 * still records any request that would leave (`strayRequests`), and the benches check that none did.
 */
export async function stopIntercepting(ext: Extension): Promise<void> {
  await ext.context.unrouteAll({ behavior: 'wait' });
}

/** Chromium's switch for a DevTools port beside Playwright's pipe, so popupOpener can see the popup. */
export const DEVTOOLS_PORT = '--remote-debugging-port=0';

/**
 * Opens the extension's popup as the browser does when a person presses its button: `action.openPopup()`,
 * a popup over the active tab of the focused window, not a tab that Playwright creates and navigates
 * (on this machine a new tab alone costs about 50 ms more before the first line of script runs than
 * the popup's own view: the figure would be mostly the harness). Playwright does not show popups; the
 * browser's DevTools port does (the browser must be launched with DEVTOOLS_PORT), and Puppeteer, a
 * dependency already, reads the mark through it. `open(path, mark)` shows `path` as the popup (the
 * product's popup, or the floor page), answers when it set `mark` (ms from navigation start) and closes it.
 */
export async function popupOpener(ext: Extension) {
  const [port, path] = readFileSync(join(ext.profile, 'DevToolsActivePort'), 'utf8').split('\n');
  const devtools = await puppeteer.connect({
    browserWSEndpoint: `ws://127.0.0.1:${port}${path}`,
    defaultViewport: null,
  });
  const worker = () => ext.context.serviceWorkers()[0] ?? ext.worker;
  return {
    async open(popup: string, mark: string): Promise<number> {
      await worker().evaluate((page) => chrome.action.setPopup({ popup: page }), popup);
      const url = `chrome-extension://${ext.id}/${popup}`;
      const shown = devtools.waitForTarget((target) => target.url() === url, { timeout: 30_000 });
      await worker().evaluate(() => chrome.action.openPopup());
      const page = await (await shown).asPage();
      const ms = await page.evaluate(markSeen, mark);
      await page.close();
      // The next popup opens only once this one is gone.
      await worker().evaluate(async () => {
        const open = () => chrome.runtime.getContexts({ contextTypes: ['POPUP'] });
        while ((await open()).length) await new Promise((resolve) => setTimeout(resolve, 10));
      });
      return ms;
    },
    close: () => devtools.disconnect(),
  };
}
