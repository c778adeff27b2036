/**
 * Hostile text stays text: a log whose names, companies, roles and topics hold markup that would run if
 * anything treated it as HTML, bidi and zero-width controls, and 10,000-letter words; and a LinkedIn page
 * whose own name and headline do. On every surface no script runs (`window.__pwned` stays undefined, the
 * LinkedIn page's main world included), no element is made from the text, the text shows literally, and
 * the layout holds (no horizontal overflow in the popup or the options page).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_FIXTURE, hostilePerson, IMG, RTL, SCRIPT, unbroken, ZWJ } from '../support/hostile';
import { oursOn, personIsThere } from './cdp-kit';
import { type Extension, launchExtension } from './harness';

const person = hostilePerson();
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const theirs = {
  id: 'p-host',
  name: person.name,
  title: SCRIPT,
  profileUrl: `https://www.linkedin.com/in/${person.slug}/`,
};
/**
 * A log written by someone (or something) hostile. `withPageOwner: false` leaves the page's person out,
 * and their company too, so "Add to an interview" offers a new interview at the company the page shows.
 */
const hostileLog = (withPageOwner = true) => ({
  format: 'connect-coach-backup',
  version: 1,
  exportedAt: new Date().toISOString(),
  settings: {
    yourName: `Alex ${IMG}`,
    profile: { photo: true, headline: true, currentRole: true, about: true },
  },
  interviews: [
    {
      id: 'iv-h1',
      company: withPageOwner ? `Contoso ${IMG}` : `Fabrikam ${IMG}`,
      role: `${SCRIPT} Designer`,
      at: ago(3),
      topics: [`${RTL}sgnidnif hcraeser`, `on${ZWJ}boarding`, unbroken(500, 't')],
      notes: unbroken(10_000, 'n'),
      interviewers: [
        ...(withPageOwner ? [theirs] : []),
        { id: 'p-long', name: unbroken(10_000, 'l'), title: unbroken(10_000, 'i') },
        { id: 'p-rtl', name: `${RTL}evil ${ZWJ}name`, role: 'recruiter', draft: `Hi ${IMG}` },
      ],
    },
    {
      id: 'iv-h2',
      company: unbroken(10_000, 'c'),
      role: `Role ${ZWJ}${RTL} ${IMG}`,
      at: ago(40),
      outcome: 'rejected',
      outcomeAt: ago(30),
      interviewers: [{ id: 'p-4', name: SCRIPT, invite: { state: 'sent', at: ago(29), note: IMG } }],
    },
  ],
});

/** What a surface must show of hostile text: all of it as text, none of it as elements or scripts. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const made = await page.evaluate(() => {
    const roots: ParentNode[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const made = (root: ParentNode) => [
      ...root.querySelectorAll('img[src="x"], [onerror]'),
      ...[...root.querySelectorAll('script')].filter((script) => script.textContent === 'window.__pwned=1'),
    ];
    return roots.flatMap(made).length;
  });
  expect(made).toBe(0);
}

/** Everything a person can read on the page: its text and the values of its fields, shadow roots included. */
const shownText = (page: Page) =>
  page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    return roots
      .flatMap((root) => [
        (root instanceof Document ? root.body : root).textContent ?? '',
        ...[...root.querySelectorAll<HTMLInputElement>('input, textarea')].map((field) => field.value),
      ])
      .join('\n');
  });

async function expectNoOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${page.url()} is ${scroll}px wide in ${client}px`).toBeLessThanOrEqual(client + 1);
}

const loaded = async (page: Page) => {
  await expect.poll(() => page.locator('[aria-busy="true"], .empty:text("Loading")').count()).toBe(0);
  await page.waitForTimeout(200); // a moment for anything that would run to run
};

describe('hostile text on every surface', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    ext.serve(`/in/${person.slug}/`, HOSTILE_FIXTURE);
  });
  afterAll(async () => {
    await ext?.close();
  });

  const SECTIONS: Array<[hash: string, showsLog: boolean]> = [
    ['#follow-ups', true],
    ['#interviews', true],
    ['#interviews/edit/iv-h1', true],
    ['#interviews/edit/iv-h2', true],
    ['#profile', false],
    ['#settings', true],
    ['#backup', false],
    ['#welcome', false],
  ];
  it.each(SECTIONS)('options page %s', async (hash, showsLog) => {
    expect(await ext.send({ type: 'backup/import', backup: hostileLog(), mode: 'replace' })).toEqual({
      ok: true,
    });
    for (const width of [1280, 700]) {
      const page = await ext.openPage(`src/options/options.html${hash}`);
      await page.setViewportSize({ width, height: 900 });
      await loaded(page);
      await expectInert(page);
      if (showsLog) expect(await shownText(page)).toContain(IMG);
      await expectNoOverflow(page);
      await page.close();
    }
  });

  it('the popup where nothing is open: what is due, with hostile names', async () => {
    expect(await ext.send({ type: 'backup/import', backup: hostileLog(), mode: 'replace' })).toEqual({
      ok: true,
    });
    const popup = await ext.openPage('src/popup/popup.html');
    await popup.setViewportSize({ width: 400, height: 700 });
    await loaded(popup);
    expect(await shownText(popup)).toContain(unbroken(10_000, 'l')); // the due list names them in full
    await expectInert(popup);
    await expectNoOverflow(popup);
    await popup.close();
  });

  it('the LinkedIn page and the popup of a logged person with a hostile name', async () => {
    expect(await ext.send({ type: 'backup/import', backup: hostileLog(), mode: 'replace' })).toEqual({
      ok: true,
    });
    const linkedIn = await ext.context.newPage();
    await linkedIn.goto(`https://www.linkedin.com/in/${person.slug}/`);
    // Our card, read through the DevTools protocol once the person is there: its closed root holds the
    // hostile text as text, and no element was made from it.
    await expect
      .poll(
        async () => {
          await personIsThere(linkedIn);
          return (await oursOn(linkedIn)).length;
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    const [card] = await oursOn(linkedIn);
    expect(card!.text).toContain(IMG);
    expect(card!.elements.filter((e) => /^(img|script)\[|onerror/.test(e))).toEqual([]);
    await expectInert(linkedIn); // the page's main world

    const popup = await ext.openPage(`src/popup/popup.html?tab=${await ext.tabIdOf(linkedIn)}`);
    await popup.setViewportSize({ width: 400, height: 700 });
    await loaded(popup);
    expect(await popup.locator('h1').first().textContent()).toBe(person.name);
    await expectInert(popup);
    await expectNoOverflow(popup);
    await expectInert(linkedIn);
    for (const page of [popup, linkedIn]) await page.close();
  });

  it('text read from LinkedIn: “Add to an interview” is prefilled with it, as text', async () => {
    expect(await ext.send({ type: 'backup/import', backup: hostileLog(false), mode: 'replace' })).toEqual({
      ok: true,
    });
    const linkedIn = await ext.context.newPage();
    await linkedIn.goto(`https://www.linkedin.com/in/${person.slug}/`);
    await personIsThere(linkedIn);
    await linkedIn.waitForTimeout(1_000); // read, asked about, and (rightly) nothing added
    expect(await oursOn(linkedIn)).toEqual([]);

    const popup = await ext.openPage(`src/popup/popup.html?tab=${await ext.tabIdOf(linkedIn)}`);
    await popup.setViewportSize({ width: 400, height: 700 });
    await loaded(popup);
    expect(await popup.getByRole('heading', { name: 'Add to an interview' }).count()).toBe(1);
    expect(await popup.getByLabel('Name', { exact: true }).inputValue()).toBe(person.name);
    expect(await popup.getByLabel('Their job title', { exact: true }).inputValue()).toBe(person.headline);
    expect(await popup.getByLabel('Company', { exact: true }).inputValue()).toBe(person.company);
    expect(await popup.locator('main').textContent()).toContain(person.name);
    await expectInert(popup);
    await expectNoOverflow(popup);
    await expectInert(linkedIn);
    for (const page of [popup, linkedIn]) await page.close();
  });

  it('made no network request', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
