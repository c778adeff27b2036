/**
 * Firefox end-to-end harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with the
 * built dist/firefox installed as a temporary add-on. BiDi refuses to navigate a tab to moz-extension://,
 * so the add-on's UUID is fixed by preference and its pages are opened the way the add-on itself opens
 * them (`tabs.create` from the welcome page it opened on install). LinkedIn addresses are served from
 * tests/fixtures/linkedin; every other request is aborted and recorded (each one is a test failure).
 * In page functions, `browser` is the add-on's API (typed by @types/chrome's global `browser`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect, vi } from 'vitest';
import { routeLinkedIn } from './routes';

export const DIST = resolve('dist/firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's id (vite.config.ts) and the UUID its moz-extension:// origin gets here. */
export const ADDON_ID = 'connect-coach@connect-coach.app';
export const UUID = '5b1f3c2e-8d4a-4c6e-9f70-1a2b3c4d5e6f';
export const ORIGIN = `moz-extension://${UUID}`;
export const LINKEDIN = { origins: ['https://www.linkedin.com/*'] };

export interface FirefoxExtension {
  browser: Browser;
  /** The welcome page the add-on opened on install: an extension page, so it can reach `browser.*`. */
  home: Page;
  /** Requests that left for anywhere but the served fixtures and the add-on itself. */
  strayRequests: string[];
  /** Lines the add-on's scripts wrote to the console (Firefox prints them to stdout here). */
  consoleLines: string[];
  /** Serve `file` (in tests/fixtures/linkedin/) at this LinkedIn path. */
  serve(path: string, file: string): void;
  /**
   * The LinkedIn tab, brought to the front and navigated to this address (its requests routed to the
   * fixtures). One tab for the whole run: Firefox 140's BiDi fails to create a tab once one was closed.
   */
  openLinkedIn(path: string): Promise<Page>;
  /**
   * A further LinkedIn tab at this address, routed like the first. Open it before any tab is closed
   * (see `openLinkedIn`).
   */
  openLinkedInTab(path: string): Promise<Page>;
  /** A new tab on one of the add-on's pages, e.g. 'src/options/options.html#follow-ups'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` in the welcome page, where `browser.*` is the add-on's API. */
  call<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Sends a runtime message to the background, as the popup or options page would. */
  send<T = unknown>(message: unknown): Promise<T>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Firefox's preferences for a quiet, predictable run (none of them changes what the add-on may do). */
function prefs(): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    // The add-on's console lines on stdout, so a failure in the background or content script is seen.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    // Answer permissions.request() as a person pressing "Allow" would, instead of showing the panel that
    // headless Firefox cannot show: the request itself still needs the click (user input) to be made.
    'extensions.webextOptionalPermissionPrompts': false,
    // Event pages are stopped after this many idle milliseconds (30 s by default): short here, so the
    // flows run across background restarts as they do for a person who pauses.
    'extensions.background.idle.timeout': 3000,
    // The browser's own favicon fetches are not the add-on's requests.
    'browser.chrome.site_icons': false,
    // Headless Firefox has no system notification service: it closes a notification as soon as it is
    // made (notifications.getAll() is then empty). Firefox's own alert window keeps it, as a desktop does.
    'alerts.useSystemBackend': false,
  };
}

/**
 * One Firefox with the add-on installed and its welcome page open. Build first (`npm run build`).
 * `extraPrefs` are added to the harness's, e.g. a dark colour scheme for the pages.
 */
export async function launchFirefox(extraPrefs: Record<string, unknown> = {}): Promise<FirefoxExtension> {
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error('dist/firefox is missing: run `npm run build` first');
  const profile = mkdtempSync(join(tmpdir(), 'connect-coach-firefox-'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { ...prefs(), ...extraPrefs },
    defaultViewport: { width: 1280, height: 900 },
  });
  const consoleLines: string[] = [];
  const listen = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/Connect Coach/.test(line)) consoleLines.push(line);
  };
  firefox.process()?.stdout?.on('data', listen);
  firefox.process()?.stderr?.on('data', listen);
  const strayRequests: string[] = [];
  const routes = new Map<string, string>();
  const tracked = new WeakSet<Page>();
  let linkedIn: Page | undefined;
  const track = async (page: Page) => {
    if (tracked.has(page)) return;
    tracked.add(page);
    await routeLinkedIn(page, routes, strayRequests);
  };

  expect(await firefox.installExtension(DIST)).toBe(ADDON_ID);
  const home = await findPage(firefox, (href) => href === `${ORIGIN}/src/options/options.html#welcome`);
  // A new tab goes into the window focused last, and on Firefox 140 that can be a window with no tabs
  // (making a tab then fails: "getTabBrowser(...) is undefined"; seen once the side panel's tests had
  // imported their log). The welcome page is in a browser window: focus it first.
  const newTab = async () => {
    await home.bringToFront();
    return firefox.newPage();
  };
  const call: FirefoxExtension['call'] = (fn, ...args) =>
    home.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never;

  return {
    browser: firefox,
    home,
    strayRequests,
    consoleLines,
    serve: (path, file) => routes.set(path, file),
    async openLinkedIn(path) {
      linkedIn ??= await newTab();
      await track(linkedIn);
      await linkedIn.bringToFront();
      await linkedIn.goto(`https://www.linkedin.com${path}`);
      return linkedIn;
    },
    async openLinkedInTab(path) {
      const tab = await newTab();
      await track(tab);
      await tab.goto(`https://www.linkedin.com${path}`);
      return tab;
    },
    async openExtensionPage(path) {
      const url = `${ORIGIN}/${path}`;
      await call((u) => browser.tabs.create({ url: u }).then(() => undefined), url);
      const page = await findPage(firefox, (href) => href === url);
      await track(page);
      return page;
    },
    call,
    send: (message) => call((m) => browser.runtime.sendMessage(m), message) as never,
    tabIdOf: async (page) => {
      const href = await page.evaluate(() => location.href);
      return call(async (u) => (await browser.tabs.query({ url: u }))[0]?.id ?? -1, href);
    },
    async close() {
      await firefox.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The open tab whose address passes `test`. Puppeteer names moz-extension:// tabs about:blank over
 * BiDi, so each tab is asked its own location.
 */
export async function findPage(firefox: Browser, test: (href: string) => boolean): Promise<Page> {
  return vi.waitFor(
    async () => {
      for (const page of await firefox.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (test(href)) return page;
      }
      throw new Error('no such tab yet');
    },
    { timeout: 20_000, interval: 200 },
  );
}
