/**
 * An update while a LinkedIn tab is open, in Firefox: Firefox ends the old copy's scripts but leaves its
 * card on the page. After installing the add-on again over itself (same id, as an update does), the tab,
 * never reloaded, must show one card, from the new copy, and its Insert note and the person's Send must
 * work. Our UI is reached through WebDriver BiDi only (tests/firefox/shadow.ts). Build first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureConfig, LABELS, logWith, WORDS } from '../e2e/linkedin-kit';
import { DIST, type FirefoxExtension, launchFirefox } from './harness';
import { clickConnect, clickLinkedIn, noteBoxText, sentOn } from './linkedin';
import { buttonsIn, cardOn, findOurs, oursOn, personIsThere, press } from './shadow';

const fixture = fixtureConfig('sdui-connect.html');

describe('Firefox: a LinkedIn tab open during an update', () => {
  let ff: FirefoxExtension;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('carries on without a reload: the old card goes, one new card, and Insert note and Send work', async () => {
    const t = LABELS[fixture.lang];
    expect(
      await ff.send({ type: 'backup/import', backup: logWith([fixture.person]), mode: 'replace' }),
    ).toEqual({ ok: true });
    ff.serve(fixture.path, fixture.file);
    const page = await ff.openLinkedIn(fixture.path);
    await expect
      .poll(
        async () => {
          await personIsThere(page);
          return cardOn(page);
        },
        { timeout: 15_000 },
      )
      .not.toBeNull();
    // A mark in the page's own world: it is gone if the tab reloads.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await ff.browser.installExtension(DIST);
    // The old card goes at once (the background takes it away); the new one comes at the person's input.
    await expect.poll(() => oursOn(page), { timeout: 15_000 }).toEqual([]);
    await expect
      .poll(
        async () => {
          await personIsThere(page);
          return (await oursOn(page)).map((ours) => ours.kind);
        },
        { timeout: 15_000 },
      )
      .toEqual(['card']);
    expect(await cardOn(page)).toMatchObject({ verdict: WORDS.send, name: fixture.person.name });

    await clickConnect(page, fixture);
    await clickLinkedIn(page, t.addNote);
    await expect.poll(async () => (await buttonsIn(page, 'bar', 'Insert note')).length).toBe(1);
    await press(page, 'bar', 'Insert note');
    await expect.poll(async () => (await findOurs(page, 'bar'))?.text).toMatch(/inserted/i);
    const draft = await noteBoxText(page);
    expect(draft).toMatch(/^Hi Priya,.*Best, Alex Kim$/s);
    await clickLinkedIn(page, t.send);
    expect(await sentOn(page)).toEqual([{ to: fixture.slug, note: draft, trusted: true }]);
    // The new copy recorded it: the card, which asks the log, now says so.
    await expect.poll(async () => (await cardOn(page))?.verdict).toBe(WORDS.sent);
    expect(await oursOn(page)).toHaveLength(1);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });
});
