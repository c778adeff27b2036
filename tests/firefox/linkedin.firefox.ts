/**
 * On a logged person's LinkedIn profile in Firefox, in both layouts (2026 "sdui" and the older Ember):
 * the card appears once the person is there, Connect → Add a note → Insert note → Send sends our draft
 * and the log records it; the popup for that tab shows the person. Our UI is in closed shadow roots and
 * is reached through WebDriver BiDi only (tests/firefox/shadow.ts). Build first (`npm run build`).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureConfig, LABELS, logWith, WORDS } from '../e2e/linkedin-kit';
import { type FirefoxExtension, LINKEDIN, launchFirefox } from './harness';
import { clickConnect, clickLinkedIn, expectCleanFlow, noteBoxText, sentOn } from './linkedin';
import { boxOf, buttonsIn, cardOn, findOurs, oursOn, personIsThere, press, setViewport } from './shadow';

const SHOTS = 'docs/screenshots';
/** One page per layout where the person can connect: Connect in the top card, and Connect under More. */
const FIXTURES = [fixtureConfig('sdui-connect.html'), fixtureConfig('ember-follow-more.html')];
type Fixture = (typeof FIXTURES)[number];

describe('Connect Coach on LinkedIn in Firefox', () => {
  let ff: FirefoxExtension;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  const importLog = async (fixture: Fixture) =>
    expect(
      await ff.send({ type: 'backup/import', backup: logWith([fixture.person]), mode: 'replace' }),
    ).toEqual({ ok: true });

  const inviteOf = async (slug: string) => {
    type Logged = { id: string; invite: { state: string; note?: string } };
    const out = await ff.send<{ backup: { interviews: { interviewers: Logged[] }[] } }>({
      type: 'backup/export',
    });
    return out.backup.interviews[0]?.interviewers.find((p) => p.id === `p-${slug}`)?.invite;
  };

  /** Opens the fixture, shows nothing until the person is there, then the card: answers what it says. */
  async function openWithCard(fixture: Fixture): Promise<Page> {
    ff.serve(fixture.path, fixture.file);
    const page = await ff.openLinkedIn(fixture.path);
    await page.waitForFunction(() => document.readyState === 'complete');
    await expect.poll(() => oursOn(page)).toEqual([]);
    await expect
      .poll(
        async () => {
          await personIsThere(page);
          return cardOn(page);
        },
        { timeout: 15_000 },
      )
      .not.toBeNull();
    return page;
  }

  it.each(FIXTURES)('$file: the card names $person.name and says to send now', async (fixture) => {
    await importLog(fixture);
    const page = await openWithCard(fixture);
    expect(await cardOn(page)).toMatchObject({ verdict: WORDS.send, name: fixture.person.name });
    expect(await oursOn(page)).toHaveLength(1);
    // What LinkedIn's scripts see of it: a plain, empty <div> whose shadow root they cannot open.
    const plain = await page.evaluate(
      () =>
        [...document.querySelectorAll('div')].filter(
          (d) => d.attributes.length === 0 && !d.firstChild && d.shadowRoot === null && d.offsetHeight > 0,
        ).length,
    );
    expect(plain).toBeGreaterThan(0);
    if (fixture.layout === 'sdui') {
      // The card with the top card above it, as the person sees it.
      const card = await boxOf(page, 'card');
      const y = Math.max(0, card.y - 240);
      await page.screenshot({
        path: `${SHOTS}/firefox-card.png`,
        clip: { x: 0, y, width: 1280, height: card.y + card.height + 16 - y },
      });
    }
    await expectCleanFlow(ff, page);
  });

  it.each(FIXTURES)(
    '$file: Connect, Add a note, Insert note, Send: LinkedIn sends our draft and the log says so',
    async (fixture) => {
      const t = LABELS[fixture.lang];
      await importLog(fixture);
      const page = await openWithCard(fixture);
      await clickConnect(page, fixture);
      await clickLinkedIn(page, t.addNote);
      await expect.poll(async () => (await buttonsIn(page, 'bar', 'Insert note')).length).toBe(1);
      await press(page, 'bar', 'Insert note');
      await expect.poll(async () => (await findOurs(page, 'bar'))?.text).toMatch(/inserted/i);
      // Our draft, as Insert put it in LinkedIn's box: to this person, signed with the log's name.
      const draft = await noteBoxText(page);
      expect(draft).toMatch(new RegExp(`^Hi ${fixture.person.name.split(' ')[0]},.*Best, Alex Kim$`, 's'));
      expect(draft?.length).toBeLessThanOrEqual(fixture.tier === 'premium' ? 300 : 200);
      await clickLinkedIn(page, t.send);
      expect(await sentOn(page)).toEqual([{ to: fixture.slug, note: draft, trusted: true }]);
      await expect.poll(() => inviteOf(fixture.slug)).toMatchObject({ state: 'sent', note: draft });
      await expect.poll(async () => (await cardOn(page))?.verdict).toBe(WORDS.sent);
      await expectCleanFlow(ff, page);
    },
  );

  it('without LinkedIn access nothing runs on the page; the popup asks, and after a reload the card is there', async () => {
    const fixture = FIXTURES[0]!;
    await importLog(fixture);
    ff.serve(fixture.path, fixture.file);
    const page = await ff.openLinkedIn(fixture.path);
    // The tab's id while its address is still ours to see (without access, tabs.query can't match it).
    const tab = await ff.tabIdOf(page);
    expect(tab).toBeGreaterThanOrEqual(0);
    expect(await ff.call((o) => browser.permissions.remove(o), LINKEDIN)).toBe(true);
    await page.reload();
    await personIsThere(page);
    // No content script without the grant: the tab has nobody to answer the popup's question.
    const asked = () =>
      ff.call(
        (id) =>
          browser.tabs.sendMessage(id, { type: 'tab/status' }).then(
            () => 'answered',
            () => 'silent',
          ),
        tab,
      );
    expect(await asked()).toBe('silent');
    const popup = await ff.openExtensionPage(`src/popup/popup.html?tab=${tab}`);
    await popup.waitForSelector('main:not([aria-busy])');
    await (await popup.waitForSelector('::-p-aria([name="Allow on LinkedIn"][role="button"])'))?.click();
    await popup.waitForSelector('::-p-text(Reload any LinkedIn tab)');
    await popup.close();
    await page.bringToFront();
    await page.reload();
    await expect
      .poll(
        async () => {
          await personIsThere(page);
          return (await cardOn(page))?.name;
        },
        { timeout: 15_000 },
      )
      .toBe(fixture.person.name);
    await expectCleanFlow(ff, page);
  });

  it('the popup for that tab names the person, gives the verdict, copies the note and checks its spelling', async () => {
    const fixture = FIXTURES[0]!;
    await importLog(fixture);
    const page = await openWithCard(fixture);
    const tab = await ff.tabIdOf(page);
    const popup = await ff.openExtensionPage(`src/popup/popup.html?tab=${tab}`);
    await setViewport(popup, 380, 720);
    await popup.waitForSelector('main:not([aria-busy])');
    expect(await popup.$eval('h1', (h) => h.textContent)).toBe(fixture.person.name);
    expect(await popup.$eval('.verdict-badge', (b) => b.textContent)).toBe('Send now');
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png`, fullPage: true });
    // Firefox lets an extension page write the clipboard from the person's click (no permission needed).
    await (await popup.waitForSelector('::-p-aria([name="Copy"][role="button"])'))?.click();
    await popup.waitForSelector('.action-status::-p-text(Copied)');
    // Spelling: a worker that loads the dictionary's one file (/spelling.js), in Firefox too.
    const note = await popup.waitForSelector(`::-p-aria([name="Note to ${fixture.person.name}"])`);
    await note!.click();
    await popup.keyboard.press('End');
    await popup.keyboard.type(' An intresting talk.');
    await popup.waitForSelector('.finding-warning::-p-text("intresting" may be misspelt)');
    await popup.close();
    await expectCleanFlow(ff, page);
  });
});
