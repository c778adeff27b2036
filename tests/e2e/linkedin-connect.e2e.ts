/**
 * Connecting with a note, end to end, the way a person does it: their own clicks on LinkedIn's Connect,
 * "Add a note" and Send; our one action is the "Insert note" they press (a trusted click found through
 * the accessibility tree: our UI is in closed shadow roots). The note LinkedIn sends is our draft, and
 * the log records the invitation with that note.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PageAnswer } from '../../src/replies';
import { barOn, controlsOf, press } from './cdp-kit';
import { type Extension, launchExtension } from './harness';
import {
  askTab,
  cardOn,
  clickConnect,
  closeLinkedInPages,
  expectCleanFlow,
  fixtureConfig,
  fixtureFiles,
  importLog,
  inviteOf,
  LABELS,
  logWith,
  openFixture,
  sendAsPage,
  sentOn,
  settingsOf,
  WORDS,
  waitForCard,
} from './linkedin-kit';

const pages = fixtureFiles().map(fixtureConfig);
/** Pages where the person can connect and still has notes this month (the email gate, which asks for
 * their email first, is tested in linkedin-flow.e2e.ts). */
const connectable = pages.filter(
  (p) =>
    !p.own &&
    p.readable &&
    !(p as { email?: boolean }).email &&
    (p.person.state === 'connect' || p.person.connectInMore) &&
    !(p.tier === 'free' && p.quota === 0),
);
const usedUp = pages.filter(
  (p) => !p.own && p.readable && p.person.state === 'connect' && p.tier === 'free' && p.quota === 0,
);

type Fixture = (typeof pages)[number];

/**
 * The draft the background offers for this person now (what "Insert note" asks for and fills in),
 * asked as the page's helper asks it: from the tab's top frame (page/reading is taken from nowhere else).
 */
async function draftFor(page: Page, { slug, person }: Fixture): Promise<string> {
  const reading = {
    slug,
    name: person.name,
    headline: null,
    company: person.company,
    degree: null,
    relation: 'unknown',
    own: false,
  };
  const answer = await sendAsPage<PageAnswer>(page, { type: 'page/reading', reading });
  return answer.draft;
}

describe('connecting with a note', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    await closeLinkedInPages(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(connectable)(
    '$file: Connect, Add a note, Insert note, Send: LinkedIn sends our draft and the log says so',
    async (fixture) => {
      const t = LABELS[fixture.lang];
      await importLog(ext, logWith([fixture.person]));
      const page = await openFixture(ext, fixture);
      await waitForCard(page);

      await clickConnect(page, fixture);
      await page.getByRole('button', { name: t.addNote, exact: true }).click();
      await expect
        .poll(async () => (await controlsOf(page, 'bar')).map((c) => c.name))
        .toContain('Insert note');
      await press(page, 'bar', 'Insert note');
      await expect.poll(async () => (await barOn(page))?.text).toMatch(/inserted/i);
      // The draft as the log has it now (the note box just told it the account's limit), as Insert asked.
      const draft = await draftFor(page, fixture);
      expect(await askTab(ext, page, { type: 'tab/status' })).toMatchObject({
        noteBox: { limit: fixture.tier === 'premium' ? 300 : 200 },
      });
      await page.getByRole('button', { name: t.send, exact: true }).click();

      const sent = await sentOn(page);
      expect(sent).toEqual([{ to: fixture.slug, note: draft, trusted: true }]);
      await expect.poll(() => inviteOf(ext, fixture.slug)).toMatchObject({ state: 'sent', note: draft });
      // The page now shows Pending, and the card follows it.
      await expect.poll(async () => (await cardOn(page))?.verdict).toBe(WORDS.sent);
      await expectCleanFlow(ext, page);
    },
  );

  it.each(connectable.slice(0, 2))(
    '$file: "Send without a note" is recorded as sent, with no note',
    async (fixture) => {
      const t = LABELS[fixture.lang];
      await importLog(ext, logWith([fixture.person]));
      const page = await openFixture(ext, fixture);
      await waitForCard(page);
      await clickConnect(page, fixture);
      await page.getByRole('button', { name: t.sendWithout, exact: true }).click();
      expect(await sentOn(page)).toEqual([{ to: fixture.slug, note: '', trusted: true }]);
      await expect.poll(() => inviteOf(ext, fixture.slug)).toMatchObject({ state: 'sent' });
      expect((await inviteOf(ext, fixture.slug))?.note ?? '').toBe('');
      await expectCleanFlow(ext, page);
    },
  );

  it.each(connectable.filter((p) => p.tier === 'free' && p.quota != null))(
    '$file: the note box’s count of notes left reaches the log',
    async (fixture) => {
      const t = LABELS[fixture.lang];
      await importLog(ext, logWith([fixture.person]));
      const page = await openFixture(ext, fixture);
      await waitForCard(page);
      await clickConnect(page, fixture);
      await page.getByRole('button', { name: t.addNote, exact: true }).click();
      await expect
        .poll(async () => (await settingsOf(ext)).noteQuota)
        .toMatchObject({ remaining: fixture.quota });
      await expect.poll(async () => (await barOn(page))?.text).toContain(`${fixture.quota} personalised`);
      await expectCleanFlow(ext, page);
    },
  );

  it.each(usedUp)(
    '$file: with no notes left this month, the dialog says what to do instead and the log learns it',
    async (fixture) => {
      const t = LABELS[fixture.lang];
      await importLog(
        ext,
        logWith([fixture.person], { noteQuota: { remaining: 4, seenAt: new Date().toISOString() } }),
      );
      const page = await openFixture(ext, fixture);
      await waitForCard(page);
      await clickConnect(page, fixture);
      await page.getByRole('button', { name: t.addNote, exact: true }).click();
      await expect
        .poll(async () => (await barOn(page))?.text)
        .toMatch(/No personalised notes left this month/);
      expect(await controlsOf(page, 'bar')).toEqual([]);
      await expect.poll(async () => (await settingsOf(ext)).noteQuota).toMatchObject({ remaining: 0 });
      await expectCleanFlow(ext, page);
    },
  );

  it('the popup can read the tab and fill the open note box', async () => {
    const fixture = connectable[0]!;
    const t = LABELS[fixture.lang];
    await importLog(ext, logWith([fixture.person]));
    const page = await openFixture(ext, fixture);
    await waitForCard(page);
    expect(await askTab(ext, page, { type: 'tab/status' })).toMatchObject({
      reading: { slug: fixture.slug, name: fixture.person.name },
      noteBox: null,
      // What the card shows, for the popup to fall back on when the background is silent.
      answer: { interviewId: 'iv-1', name: fixture.person.name, verdict: 'send', showHelper: true },
    });
    expect(await askTab(ext, page, { type: 'tab/insert-note', text: 'Hello' })).toEqual({
      ok: false,
      why: 'closed',
    });
    await clickConnect(page, fixture);
    await page.getByRole('button', { name: t.addNote, exact: true }).click();
    const text = `Hi ${fixture.person.name.split(' ')[0]}, thank you for the conversation.`;
    expect(await askTab(ext, page, { type: 'tab/insert-note', text })).toEqual({ ok: true });
    await page.getByRole('button', { name: t.send, exact: true }).click();
    expect((await sentOn(page))[0]?.note).toBe(text);
    await expectCleanFlow(ext, page);
  });

  it.each(['ember-connect.html', 'sdui-connect.html'].map(fixtureConfig))(
    '$file ($layout): the popup’s Insert fills only this person’s invitation, never a rail person’s',
    async (fixture) => {
      const t = LABELS[fixture.lang];
      const other = fixture.people[fixture.rail[0]!]!;
      await importLog(ext, logWith([fixture.person]));
      const page = await openFixture(ext, fixture);
      await waitForCard(page);
      await page.locator('aside').getByLabel(t.invite(other.name), { exact: true }).first().click();
      await page.getByRole('button', { name: t.addNote, exact: true }).click();
      const box = page.locator('textarea').filter({ visible: true });
      await box.waitFor();
      expect(await askTab(ext, page, { type: 'tab/insert-note', text: 'Hello' })).toEqual({
        ok: false,
        why: 'other',
      });
      expect(await box.inputValue()).toBe('');
      await page.getByRole('button', { name: t.cancelLabel, exact: true }).click();
      await box.waitFor({ state: 'detached' });
      // The gate for this person: no note box yet.
      await clickConnect(page, fixture);
      await page.getByRole('button', { name: t.addNote, exact: true }).waitFor();
      expect(await askTab(ext, page, { type: 'tab/insert-note', text: 'Hello' })).toEqual({
        ok: false,
        why: 'step',
      });
      await page.getByRole('button', { name: t.addNote, exact: true }).click();
      expect(await askTab(ext, page, { type: 'tab/insert-note', text: 'Hello' })).toEqual({ ok: true });
      expect(await box.inputValue()).toBe('Hello');
      await expectCleanFlow(ext, page);
    },
  );
});
