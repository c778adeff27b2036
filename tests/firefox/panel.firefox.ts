/**
 * The side panel in Firefox: the sidebar (`sidebar_action`) opened from the popup's "Open in side panel"
 * with the person's click, following the active tab (a logged person's profile shows their verdict;
 * another tab, another person; elsewhere, what is due), Insert into LinkedIn and Mark as sent from it.
 * How the sidebar is reached, and what is pressed how, is in ./sidebar.ts. The same page in a window of
 * its own takes trusted clicks (Copy) and the screenshots, light and dark. Build first (`npm run build`).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureConfig, LABELS, logWith, WORDS } from '../e2e/linkedin-kit';
import { type FirefoxExtension, launchFirefox } from './harness';
import { clickConnect, clickLinkedIn, expectCleanFlow, noteBoxText } from './linkedin';
import { setViewport } from './shadow';
import { openPanelWindow, pressInSidebar, sidebarNote, sidebarState } from './sidebar';

const SHOTS = 'docs/screenshots';
const priya = fixtureConfig('sdui-connect.html');
const avery = fixtureConfig('ember-connect.html');
const POLL = { timeout: 15_000 };

async function start(ff: FirefoxExtension) {
  ff.serve(priya.path, priya.file);
  ff.serve(avery.path, avery.file);
  const log = logWith([priya.person, avery.person]);
  expect(await ff.send({ type: 'backup/import', backup: log, mode: 'replace' })).toEqual({ ok: true });
}

const loaded = (page: Page) => page.waitForFunction(() => document.readyState === 'complete');

/** The panel page's width is the window's: nothing wider (no sideways scrolling). */
const overflows = (panel: Page) => panel.evaluate(() => document.documentElement.scrollWidth > innerWidth);

describe('the side panel in Firefox', () => {
  let ff: FirefoxExtension;
  let page: Page;
  let other: Page;
  beforeAll(async () => {
    ff = await launchFirefox();
    await start(ff);
  });
  afterAll(async () => {
    await ff?.close();
  });

  const heading = async () => (await sidebarState(ff)).heading;

  it('opens from the popup’s “Open in side panel” and shows the verdict for the person on the active tab', async () => {
    // Both LinkedIn tabs first: Firefox 140's BiDi makes no tab once one was closed (the popup closes).
    other = await ff.openLinkedInTab(avery.path);
    page = await ff.openLinkedIn(priya.path);
    await loaded(page);
    const tab = await ff.tabIdOf(page);
    expect((await sidebarState(ff)).open).toBe(false);
    const popup = await ff.openExtensionPage(`src/popup/popup.html?tab=${tab}`);
    await popup.waitForSelector('main:not([aria-busy])');
    // A trusted click: Firefox opens a sidebar only in answer to the person's input.
    await (await popup.waitForSelector('::-p-aria([name="Open in side panel"][role="button"])'))?.click();
    await expect.poll(async () => (await sidebarState(ff)).page, POLL).toBe('/src/popup/panel.html');
    await page.bringToFront();
    await expect.poll(heading, POLL).toBe(priya.person.name);
    expect(await sidebarState(ff)).toMatchObject({ ready: true, verdict: WORDS.send });
    // Nothing to open a panel from inside the panel.
    expect(await pressInSidebar(ff, 'Open in side panel')).toBe('absent');
  });

  it('follows the active tab: another person’s profile, the welcome page (what is due), and back', async () => {
    await other.bringToFront();
    await expect.poll(heading, POLL).toBe(avery.person.name);
    expect((await sidebarState(ff)).verdict).toBe(WORDS.send);
    await ff.home.bringToFront();
    await expect.poll(heading, POLL).toBe('Due now');
    await page.bringToFront();
    await expect.poll(heading, POLL).toBe(priya.person.name);
  });

  it('follows the tab to another profile in it', async () => {
    await page.goto(`https://www.linkedin.com${avery.path}`);
    await expect.poll(heading, POLL).toBe(avery.person.name);
    await page.goto(`https://www.linkedin.com${priya.path}`);
    await loaded(page);
    await expect.poll(heading, POLL).toBe(priya.person.name);
  });

  it('inserts its note into LinkedIn’s open box, then records the invitation with Mark as sent', async () => {
    const t = LABELS[priya.lang];
    await clickConnect(page, priya);
    await clickLinkedIn(page, t.addNote);
    await expect.poll(() => pressInSidebar(ff, 'Insert into LinkedIn'), POLL).toBe('enabled');
    const note = await sidebarNote(ff, priya.person.name);
    expect(note).toMatch(/^Hi Priya,/);
    await expect.poll(() => noteBoxText(page), POLL).toBe(note);
    expect((await sidebarState(ff)).status).toMatch(/Your note is in LinkedIn’s box/);
    await expectCleanFlow(ff, page);

    expect(await pressInSidebar(ff, 'Mark as sent')).toBe('enabled');
    await expect.poll(async () => (await sidebarState(ff)).verdict, POLL).toBe(WORDS.sent);
    type Logged = { id: string; invite: { state: string } };
    const { backup } = await ff.send<{ backup: { interviews: { interviewers: Logged[] }[] } }>({
      type: 'backup/export',
    });
    const logged = backup.interviews[0]?.interviewers.find((p) => p.id === `p-${priya.slug}`);
    expect(logged?.invite.state).toBe('sent');
  });

  it('in a window of its own it follows the same tab, copies with a trusted click and fits 360 px', async () => {
    await other.bringToFront();
    const panel = await openPanelWindow(ff, other);
    await setViewport(panel, 360, 800);
    await panel.waitForSelector(`h1::-p-text(${avery.person.name})`);
    expect(await panel.$eval('.verdict-badge', (badge) => badge.textContent)).toBe(WORDS.send);
    expect(await overflows(panel)).toBe(false);
    await panel.screenshot({ path: `${SHOTS}/firefox-side-panel.png` });
    await (await panel.waitForSelector('::-p-aria([name="Copy"][role="button"])'))?.click();
    await panel.waitForSelector('.action-status::-p-text(Copied)');
    expect(ff.strayRequests).toEqual([]);
  });
});

describe('the side panel in Firefox, dark', () => {
  let ff: FirefoxExtension;
  beforeAll(async () => {
    // The colour scheme pages are told (prefers-color-scheme): 0 is dark.
    ff = await launchFirefox({ 'layout.css.prefers-color-scheme.content-override': 0 });
    await start(ff);
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('shows the person’s verdict in the dark colours, within 360 px', async () => {
    const page = await ff.openLinkedIn(avery.path);
    await loaded(page);
    const panel = await openPanelWindow(ff, page);
    await setViewport(panel, 360, 800);
    await panel.waitForSelector(`h1::-p-text(${avery.person.name})`);
    expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await overflows(panel)).toBe(false);
    await panel.screenshot({ path: `${SHOTS}/firefox-side-panel-dark.png` });
  });
});
