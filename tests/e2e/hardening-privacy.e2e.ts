/**
 * The privacy proof: one run through every surface (the welcome page, each options section, the popup
 * in each of its states, LinkedIn pages with the helper, Insert note, Send, an in-page navigation, export
 * and import) with every request recorded twice: by the pages (harness.strayRequests) and by Chromium's
 * net log of the whole browser, read after it closes. Nothing may go anywhere but the LinkedIn pages
 * Playwright serves, and the service worker never calls fetch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlsOf, personIsThere, press } from './cdp-kit';
import { ALLOWED_LOOKUPS, browsersOwn, isNetwork, readNetLog } from './hardening-netlog';
import { type Extension, launchExtension } from './harness';
import { cardOn, waitForCard } from './linkedin-kit';

const dir = mkdtempSync(join(tmpdir(), 'connect-coach-netlog-'));
const NET_LOG = join(dir, 'net.json');

/** Who each served page shows; Priya and Jordan are in the log, Lena is not, Avery is "you". */
const SERVED: Record<string, string> = {
  '/in/priya-natarajan/': 'sdui-connect.html',
  '/in/jordan-reyes/': 'sdui-connected.html',
  '/in/lena-fischer/': 'sdui-follow-more.html',
  '/in/avery-stone/': 'ember-own.html',
  '/in/chen-wei-dev/': 'sdui-drift.html',
};

/** One call the service worker made, and who called. */
interface Call {
  kind: 'fetch' | 'websocket';
  url: string;
  stack: string;
}

const DAY = 86_400_000;
const person = (slug: string, name: string) => ({
  id: `p-${slug}`,
  name,
  profileUrl: `https://www.linkedin.com/in/${slug}/`,
});
const backupFile = {
  format: 'connect-coach-backup',
  version: 1,
  exportedAt: new Date().toISOString(),
  settings: {
    yourName: 'Avery Stone',
    profile: { photo: true, headline: true, currentRole: true, about: true },
  },
  interviews: [
    {
      id: 'iv-1',
      company: 'Contoso Health',
      role: 'Product Manager',
      at: new Date(Date.now() - 5 * DAY).toISOString(),
      topics: ['patient onboarding'],
      interviewers: [person('priya-natarajan', 'Priya Natarajan'), person('jordan-reyes', 'Jordan Reyes')],
    },
  ],
};

/** Waits for a page of ours to have drawn the log. */
const drawn = (page: Page) =>
  expect.poll(() => page.locator('[aria-busy="true"], .empty:text("Loading")').count()).toBe(0);

describe('privacy: nothing leaves the browser', () => {
  let ext: Extension;
  let linkedIn: Page;
  beforeAll(async () => {
    ext = await launchExtension({ args: [`--log-net-log=${NET_LOG}`, '--net-log-capture-mode=Default'] });
    for (const [path, file] of Object.entries(SERVED)) ext.serve(path, file);
    // Count every fetch (and WebSocket) the service worker makes from now on, with its caller.
    await ext.worker.evaluate(() => {
      const g = self as unknown as { calls: Call[] };
      g.calls = [];
      const fetch = globalThis.fetch.bind(globalThis);
      globalThis.fetch = (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        g.calls.push({ kind: 'fetch', url, stack: new Error().stack ?? '' });
        return fetch(input, init);
      };
      const Socket = globalThis.WebSocket;
      globalThis.WebSocket = class extends Socket {
        constructor(url: string | URL, protocols?: string | string[]) {
          g.calls.push({ kind: 'websocket', url: String(url), stack: new Error().stack ?? '' });
          super(url, protocols);
        }
      };
    });
  });
  afterAll(async () => {
    await ext?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the welcome page the extension opens on install', async () => {
    await expect.poll(() => ext.context.pages().some((p) => p.url().endsWith('#welcome'))).toBe(true);
    const welcome = ext.context.pages().find((p) => p.url().endsWith('#welcome'))!;
    await drawn(welcome);
    await welcome.getByLabel('A profile photo').selectOption('true');
    await welcome.getByRole('link', { name: 'Add your first interview' }).click();
    await expect.poll(() => welcome.getByLabel('Company', { exact: true }).count()).toBe(1);
    await welcome.close();
  });

  it('the options page: import a backup file, then every section', async () => {
    const page = await ext.openPage('src/options/options.html#backup');
    await drawn(page);
    await page.getByLabel('Choose a backup file to import').setInputFiles({
      name: 'connect-coach-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backupFile)),
    });
    await page.getByRole('button', { name: /^Import/ }).click();
    await expect.poll(() => page.getByText('Backup imported.').count()).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export a backup' }).click();
    expect((await download).suggestedFilename()).toMatch(/^connect-coach-backup-.*\.json$/);

    for (const section of ['follow-ups', 'interviews', 'profile', 'settings']) {
      await page.goto(`chrome-extension://${ext.id}/src/options/options.html#${section}`);
      await drawn(page);
    }
    await page.getByLabel('Weekdays only').check();
    await page.goto(`chrome-extension://${ext.id}/src/options/options.html#interviews/edit/iv-1`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await page.close();
  });

  it('LinkedIn: the helper, Connect, Add a note, Insert note, Send, and an in-page navigation', async () => {
    linkedIn = await ext.context.newPage();
    await linkedIn.goto('https://www.linkedin.com/in/priya-natarajan/');
    await waitForCard(linkedIn); // after the person's own input: our card is a closed shadow root
    await linkedIn
      .getByLabel('Invite Priya Natarajan to connect', { exact: true })
      .filter({ visible: true })
      .first()
      .click();
    await linkedIn.getByRole('button', { name: 'Add a note', exact: true }).click();
    await expect
      .poll(async () => (await controlsOf(linkedIn, 'bar')).map((c) => c.name))
      .toContain('Insert note');
    await press(linkedIn, 'bar', 'Insert note');
    await linkedIn.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await expect
      .poll(async () => {
        const out = await ext.send<{
          backup: typeof backupFile & { interviews: { interviewers: { invite: { state: string } }[] }[] };
        }>({ type: 'backup/export' });
        return out.backup.interviews[0]?.interviewers[0]?.invite.state;
      })
      .toBe('sent');

    await linkedIn.locator('aside').getByRole('link', { name: 'Jordan Reyes' }).first().click();
    await expect.poll(() => linkedIn.url()).toContain('/in/jordan-reyes/');
    await expect
      .poll(
        async () => {
          await personIsThere(linkedIn);
          return (await cardOn(linkedIn))?.name;
        },
        { timeout: 10_000 },
      )
      .toBe('Jordan Reyes');
  });

  it('the popup in each state: a logged person, someone new, your own profile, an unreadable page, elsewhere', async () => {
    const views: Array<[path: string | null, heading: string | RegExp]> = [
      ['/in/jordan-reyes/', 'Jordan Reyes'],
      ['/in/lena-fischer/', 'Add to an interview'],
      ['/in/avery-stone/', 'Your profile'],
      ['/in/chen-wei-dev/', 'This profile'], // the drifted page: can't be read, no one in the log
      [null, 'Due now'],
    ];
    for (const [path, heading] of views) {
      if (path && !linkedIn.url().endsWith(path)) await linkedIn.goto(`https://www.linkedin.com${path}`);
      const query = path ? `?tab=${await ext.tabIdOf(linkedIn)}` : '';
      // A popup opened before the page has been read shows what it knew then, as a person's would:
      // open it again until it shows this view (no fixed wait for the page to settle).
      await expect
        .poll(
          async () => {
            const popup = await ext.openPage(`src/popup/popup.html${query}`);
            await drawn(popup);
            const shown = await popup.locator('h1').first().textContent();
            await popup.close();
            return shown;
          },
          { timeout: 20_000 },
        )
        .toMatch(heading);
    }
  });

  it('export and import through the background', async () => {
    const out = await ext.send<{ ok: boolean; backup: unknown }>({ type: 'backup/export' });
    expect(await ext.send({ type: 'backup/import', backup: out.backup, mode: 'replace' })).toEqual({
      ok: true,
    });
  });

  it('no page of the extension or of LinkedIn requested anything but the served LinkedIn pages', () => {
    expect(ext.strayRequests).toEqual([]);
  });

  it('the service worker never called fetch (nor opened a WebSocket)', async () => {
    const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
    // The counter lives in the worker that started with the browser: it must still be that one.
    const calls = await worker.evaluate(() => (self as unknown as { calls?: Call[] }).calls);
    expect(calls).toBeDefined();
    // Chromium's own notifications binding (extensions::notifications → extensions::imageUtil) loads a
    // notification's icon with the worker's fetch; the icon is a file of the extension's package.
    const chromiumIcon = (call: Call) =>
      call.kind === 'fetch' &&
      call.url.startsWith(`chrome-extension://${ext.id}/icons/`) &&
      /^\s+at loadImageDataForServiceWorker \(extensions::imageUtil:/m.test(call.stack);
    expect(calls?.filter((call) => !chromiumIcon(call)).map((call) => `${call.kind} ${call.url}`)).toEqual(
      [],
    );
  });

  it('the whole browser’s net log shows no request to anywhere else, none from the extension', async () => {
    await linkedIn.close();
    await ext.close();
    const { requests, hosts } = readNetLog(NET_LOG);
    // The log covers the run: it saw the LinkedIn tabs' own traffic.
    expect(
      [...requests.map((r) => r.url), ...hosts].some((url) => url.startsWith('https://www.linkedin.com')),
    ).toBe(true);
    const served = new Set(Object.keys(SERVED).map((path) => `https://www.linkedin.com${path}`));
    const out = requests.filter((r) => isNetwork(r.url) && !served.has(r.url) && !browsersOwn(r));
    expect(out.map((r) => `${r.url} (initiator: ${r.initiator})`)).toEqual([]);
    expect(
      requests.filter((r) => r.initiator?.startsWith('chrome-extension://') || r.detail.includes(ext.id)),
    ).toEqual([]);
    expect(hosts.filter((host) => !ALLOWED_LOOKUPS.includes(host))).toEqual([]);
  });
});
