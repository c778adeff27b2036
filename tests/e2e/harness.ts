/**
 * End-to-end harness: loads dist/chrome into Debian's Chromium with playwright-core, serves LinkedIn
 * URLs from tests/fixtures/linkedin/ and records every other request (each one is a test failure: the
 * extension makes none). One browser per test file; each gets a fresh profile.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const DIST = resolve('dist/chrome');
export const FIXTURES = resolve('tests/fixtures/linkedin');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Extension {
  context: BrowserContext;
  /** The browser's profile folder (the benchmarks read its DevToolsActivePort). */
  profile: string;
  id: string;
  worker: Worker;
  /** Requests that left for anywhere but the served LinkedIn fixtures and the extension itself. */
  strayRequests: string[];
  /** Serve `file` (in tests/fixtures/linkedin/) at this LinkedIn path, e.g. '/in/priya-natarajan/'. */
  serve(path: string, file: string): void;
  /** Opens an extension page, e.g. 'src/options/options.html'. */
  openPage(path: string): Promise<Page>;
  /** Sends a runtime message from an extension page, as the popup or options page would. */
  send<T = unknown>(message: unknown): Promise<T>;
  /** The tab id of a page (as the popup's `?tab=` wants it). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Installs dist/chrome again over the running extension, as an update does (same id, storage kept,
   * `runtime.onInstalled` with reason "update"), and resolves with the new service worker, which
   * `worker` then is. Only for a browser launched with `{ updatable: true }`.
   */
  update(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * `args`: extra Chromium switches, e.g. `--log-net-log=<file>` to record every request of the browser.
 * `dist`: another build of the extension to load (the benchmarks load a copy with a page of their own).
 * `updatable`: the extension is installed through the DevTools protocol (`Extensions.loadUnpacked`)
 * instead of `--load-extension`, so that `update()` can install it again: an extension loaded from the
 * command line and reloaded by `runtime.reload()` does not come back in headless Chromium.
 */
export async function launchExtension(
  options: { headless?: boolean; args?: string[]; updatable?: boolean; dist?: string } = {},
): Promise<Extension> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist} is missing: run \`npm run build\` first`);
  const profile = mkdtempSync(join(tmpdir(), 'connect-coach-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(options.updatable
        ? ['--enable-unsafe-extension-debugging']
        : [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`]),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
    viewport: { width: 1280, height: 900 },
  });

  const routes = new Map<string, string>();
  const strayRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url === 'about:blank') return;
    if (url.startsWith('https://www.linkedin.com/') && routes.has(new URL(url).pathname)) return;
    strayRequests.push(url);
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages, scripts and styles load from the extension itself.
    if (url.protocol === 'chrome-extension:') return route.continue();
    const file = url.origin === 'https://www.linkedin.com' ? routes.get(url.pathname) : undefined;
    if (file) {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(join(FIXTURES, file)),
      });
    } else {
      await route.abort('blockedbyclient');
    }
  });

  const devtools = options.updatable ? await context.browser()?.newBrowserCDPSession() : undefined;
  /** Installs dist/chrome through the DevTools protocol and waits for its (new) service worker. */
  const install = async () => {
    if (!devtools) throw new Error('update() needs a browser launched with { updatable: true }');
    const started = context.waitForEvent('serviceworker', { timeout: 20_000 });
    await devtools.send('Extensions.loadUnpacked', { path: dist });
    return started;
  };
  const worker = devtools
    ? await install()
    : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 })));
  const id = new URL(worker.url()).host;

  let messenger: Page | null = null;
  const openPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/${path}`);
    return page;
  };

  const extension: Extension = {
    context,
    profile,
    id,
    worker,
    strayRequests,
    serve: (path, file) => routes.set(path, file),
    openPage,
    async send<T>(message: unknown) {
      if (!messenger || messenger.isClosed()) messenger = await openPage('src/options/options.html');
      return messenger.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
    },
    async tabIdOf(page: Page) {
      const url = page.url();
      const current = context.serviceWorkers()[0] ?? extension.worker;
      return current.evaluate(async (href) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === href)?.id ?? -1;
      }, url);
    },
    async update() {
      messenger = null; // the old extension's pages close with it
      extension.worker = await install();
      return extension.worker;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return extension;
}

/** Serves every fixture page at the profile URL of the person it shows (from its embedded config). */
export function fixtureSlug(file: string): string {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const match = /"slug":"([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`${file} has no fake-linkedin-config slug`);
  return match[1];
}
