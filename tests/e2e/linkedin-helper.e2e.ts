/**
 * The inline helper on every LinkedIn fixture page: it appears for a person in the log, once the person
 * is there (trusted input), with their name and the verdict the background gives, and nothing at all is
 * added for a person who is not in the log. Our UI is reached through the DevTools protocol only.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oursOn, personIsThere } from './cdp-kit';
import { type Extension, launchExtension } from './harness';
import {
  askTab,
  cardOn,
  closeLinkedInPages,
  expectCleanFlow,
  fixtureConfig,
  fixtureFiles,
  importLog,
  inviteOf,
  logWith,
  openFixture,
  settingsOf,
  WORDS,
  waitForCard,
  waitForReading,
} from './linkedin-kit';

/** What the log should say once the page is read: LinkedIn's Pending means sent, 1st-degree connected. */
const VERDICT_FOR_STATE = {
  connect: WORDS.send,
  follow: WORDS.send,
  none: WORDS.send,
  pending: WORDS.sent,
  connected: WORDS.connected,
};

const pages = fixtureFiles().map(fixtureConfig);
const others = pages.filter((p) => !p.own && p.readable);
/** Wait this long for a page that can't be read: the content script gives the top card 5 s to appear. */
const SETTLED_MS = 6000;

describe('the inline helper on LinkedIn pages', () => {
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

  it.each(others)('$file: shows $person.name’s card with the right verdict', async (fixture) => {
    const { person } = fixture;
    await importLog(ext, logWith([person]));
    const page = await openFixture(ext, fixture);
    await waitForCard(page);
    await expect
      .poll(async () => {
        const card = await cardOn(page);
        return card && { verdict: card.verdict, name: card.name };
      })
      .toEqual({ verdict: VERDICT_FOR_STATE[person.state], name: person.name });
    // Right after LinkedIn's top card, and the only thing we added (a plain <div>, as the page sees it).
    const afterTopCard = await page.evaluate(() =>
      [...document.querySelectorAll('div')].some(
        (div) =>
          div.attributes.length === 0 &&
          !div.firstChild &&
          !!div.previousElementSibling?.querySelector('h1, a[href*="/in/"] h2'),
      ),
    );
    expect(afterTopCard).toBe(true);
    expect(await oursOn(page)).toHaveLength(1);
    await expectCleanFlow(ext, page);
  });

  it.each(pages)('$file: adds nothing for someone who is not in the log', async (fixture) => {
    const stranger = {
      slug: 'someone-else',
      name: 'Someone Else',
      company: 'Elsewhere',
      state: 'connect' as const,
    };
    await importLog(ext, logWith([stranger]));
    const page = await openFixture(ext, fixture);
    if (fixture.readable) await waitForReading(ext, page);
    await personIsThere(page);
    // Time for an answer to come back and (wrongly) be drawn, or for an unreadable page to settle.
    await page.waitForTimeout(fixture.readable ? 500 : SETTLED_MS);
    expect(await oursOn(page)).toEqual([]);
    // The background had nothing to say about them: the popup hears the same.
    expect((await askTab(ext, page, { type: 'tab/status' })).answer).toBeNull();
    await expectCleanFlow(ext, page);
  });

  it.each(pages.filter((p) => !p.readable))(
    '$file: a page that can’t be read gets nothing, even for a logged person',
    async (fixture) => {
      await importLog(ext, logWith([fixture.person]));
      const page = await openFixture(ext, fixture);
      await personIsThere(page);
      await page.waitForTimeout(SETTLED_MS); // proving that nothing comes: a fixed wait is the test
      expect(await oursOn(page)).toEqual([]);
      expect(await askTab(ext, page, { type: 'tab/status' })).toEqual({
        reading: null,
        noteBox: null,
        answer: null,
      });
      await expectCleanFlow(ext, page);
    },
  );

  it.each(others.filter((p) => p.person.state === 'pending' || p.person.state === 'connected'))(
    '$file: the page showing $person.state brings the log up to date',
    async (fixture) => {
      await importLog(ext, logWith([fixture.person]));
      const page = await openFixture(ext, fixture);
      const state = fixture.person.state === 'pending' ? 'sent' : 'accepted';
      await expect.poll(() => inviteOf(ext, fixture.slug)).toMatchObject({ state });
      await expectCleanFlow(ext, page);
    },
  );

  it('adds nothing when the inline helper is switched off, yet still keeps the log true', async () => {
    const pending = others.find((p) => p.person.state === 'pending');
    if (!pending) throw new Error('no fixture shows a pending invitation');
    await importLog(ext, logWith([pending.person], { inlineHelper: false }));
    const page = await openFixture(ext, pending);
    await waitForReading(ext, page);
    await expect.poll(() => inviteOf(ext, pending.slug)).toMatchObject({ state: 'sent' });
    await personIsThere(page);
    await page.waitForTimeout(300); // proving that nothing comes
    expect(await oursOn(page)).toEqual([]);
    await expectCleanFlow(ext, page);
  });

  it.each(pages.filter((p) => p.own))(
    '$file: one’s own profile fills in the profile checklist',
    async (fixture) => {
      const blank = { photo: false, headline: false, currentRole: false, about: false };
      await importLog(ext, logWith([], { profile: blank, ownSlug: fixture.slug }));
      const page = await openFixture(ext, fixture);
      const readAt = async () => ((await settingsOf(ext)).profile as { readAt?: string }).readAt;
      await expect.poll(readAt).toBeTruthy();
      const { readAt: _, ...checklist } = (await settingsOf(ext)).profile as Record<string, boolean>;
      expect(checklist.headline).toBe(true); // every own-profile fixture has a headline
      expect(checklist.about).toBe(!fixture.file.includes('-bare')); // the bare ones have no About
      await personIsThere(page);
      expect(await oursOn(page)).toEqual([]);
      await expectCleanFlow(ext, page);
    },
  );

  it('learns one’s own profile from the popup’s first look at it, and reads it on later visits', async () => {
    const own = pages.find((p) => p.own && p.readable)!;
    await importLog(ext, logWith([]));
    const page = await openFixture(ext, own);
    // Not known yet: a profile like any other (nothing read) until the popup asks about the tab.
    expect((await askTab(ext, page, { type: 'tab/status' })).reading).toMatchObject({ own: true });
    await expect.poll(async () => (await settingsOf(ext)).ownSlug).toBe(own.slug);
    await page.close();
    await importLog(ext, logWith([], { ownSlug: own.slug })); // the checklist's readAt cleared
    const again = await openFixture(ext, own);
    await expect
      .poll(async () => ((await settingsOf(ext)).profile as { readAt?: string }).readAt)
      .toBeTruthy();
    await expectCleanFlow(ext, again);
  });
});
