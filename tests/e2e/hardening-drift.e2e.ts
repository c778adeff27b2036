/**
 * LinkedIn drift: a page rebuilt so the top card can't be read (sdui-drift.html: new class names and
 * words, structure moved), for a person who is in the log. The extension adds nothing to the page, not
 * even once LinkedIn's own invitation dialog is open in its shadow root; it says so once, quietly, on the
 * console; and the popup still offers the person's draft with Copy (DESIGN.md: "keep the popup's copy
 * button").
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFile } from '../support/backup-file';
import { oursOn, personIsThere } from './cdp-kit';
import { type Extension, launchExtension } from './harness';

const DRIFT = { file: 'sdui-drift.html', slug: 'chen-wei-dev', name: 'Wei Chen', company: 'Globex' };
const DAY = 86_400_000;
const log = backupFile([
  {
    id: 'iv-1',
    company: DRIFT.company,
    role: 'Data Analyst',
    at: new Date(Date.now() - 5 * DAY).toISOString(),
    topics: ['churn models'],
    interviewers: [
      { id: 'p-wei', name: DRIFT.name, profileUrl: `https://www.linkedin.com/in/${DRIFT.slug}/` },
    ],
  },
]);

/** How many things of ours are on the page, LinkedIn's dialog included (pierced through the DevTools
 * protocol: ours are closed shadow roots), once the person is there (trusted input). */
const ours = async (page: Page) => {
  await personIsThere(page);
  return (await oursOn(page)).length;
};

describe('LinkedIn drift: a page that cannot be read', () => {
  let ext: Extension;
  let page: Page;
  const messages: { type: string; text: string }[] = [];
  beforeAll(async () => {
    ext = await launchExtension();
    ext.serve(`/in/${DRIFT.slug}/`, DRIFT.file);
    expect(await ext.send({ type: 'backup/import', backup: log, mode: 'replace' })).toEqual({ ok: true });
    page = await ext.context.newPage();
    page.on('console', (message: ConsoleMessage) =>
      messages.push({ type: message.type(), text: message.text() }),
    );
    page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: String(error) }));
    // Exceptions in any world of the page, the content script's isolated world included.
    const cdp = await ext.context.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
      messages.push({
        type: 'pageerror',
        text: exceptionDetails.exception?.description ?? exceptionDetails.text,
      }),
    );
    await cdp.send('Runtime.enable');
    await page.goto(`https://www.linkedin.com/in/${DRIFT.slug}/`);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('gives up on the page after a few seconds and says so, as a warning of ours', async () => {
    await expect.poll(() => messages.filter((m) => m.type === 'warning').length, { timeout: 15_000 }).toBe(1);
  });

  it('adds nothing to the page', async () => {
    expect(await ours(page)).toBe(0);
  });

  it('adds nothing once LinkedIn’s invitation dialog is open in its shadow root', async () => {
    await page.getByLabel(`Add ${DRIFT.name} to your network`, { exact: true }).first().click();
    await page.getByRole('button', { name: 'Add a note', exact: true }).click();
    await expect
      .poll(() => page.locator('#interop-outlet').evaluate((o) => !!o.shadowRoot?.querySelector('textarea')))
      .toBe(true);
    await page.waitForTimeout(1_000); // proving that nothing comes
    expect(await ours(page)).toBe(0);
  });

  it('said so only once, and nothing reached the console as an error', () => {
    const warnings = messages.filter((m) => m.type === 'warning');
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'pageerror');
    expect(errors).toEqual([]);
    // DESIGN.md: a page that should match and doesn't gets one clear warning, not silence, not a flood.
    expect(warnings).toEqual([
      { type: 'warning', text: expect.stringMatching(/^\[Connect Coach\] .*chen-wei-dev/) },
    ]);
  });

  it('the popup still offers the person’s draft, with Copy', async () => {
    const popup = await ext.openPage(`src/popup/popup.html?tab=${await ext.tabIdOf(page)}`);
    await expect.poll(() => popup.locator('h1').first().textContent()).toBe(DRIFT.name);
    const note = popup.getByRole('textbox').first();
    expect(await note.inputValue()).toContain('Wei');
    expect(await popup.getByRole('button', { name: 'Copy', exact: true }).count()).toBe(1);
    // Quietly says the page could not be read, rather than guessing what it shows.
    expect(await popup.locator('main').textContent()).toMatch(
      /couldn’t be read|could not be read|can’t read/i,
    );
    await popup.close();
  });

  it('made no network request', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
