// @vitest-environment happy-dom
import { afterAll, describe, expect, test, vi } from 'vitest';
import { readProfile, topCard } from '../../src/linkedin';
import type { ProfileReading } from '../../src/linkedin/reading';
import { ProfileReadingSchema } from '../../src/messages';
import { closeAll, configOf, open, openHtml, PAGES, personOf, renderFixture } from './pages';

/** A wait's limit is for a hang, not for speed (see tests/support/setup.ts). */

afterAll(closeAll);

type Seen = Pick<ProfileReading, 'degree' | 'relation' | 'connectAt' | 'own'>;
const other = { own: false } as const;

/** What each page shows without any interaction, and why. Name, headline and company come from the
 * page's own config; null means the page can't be read. */
const EXPECTED: Record<string, Seen | null> = {
  'ember-connect.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other },
  'ember-hashed-connect.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other }, // 2025's hashed classes
  'ember-email-gate.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other },
  'sdui-h1-connect.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other }, // name in an h1
  'sdui-email-gate.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other },
  'ember-notes-used-up.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other },
  'sdui-connect.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other }, // not the hidden "· 1st"
  'sdui-fr-connect.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other }, // "· 2e"
  'sdui-large.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other },
  'sdui-notes-used-up.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other },
  'ember-pending.html': { degree: '2nd', relation: 'pending', connectAt: 'none', ...other },
  'ember-fr-pending.html': { degree: '2nd', relation: 'pending', connectAt: 'none', ...other }, // no English words to lean on
  'sdui-pending.html': { degree: '2nd', relation: 'pending', connectAt: 'none', ...other },
  'ember-connected.html': { degree: '1st', relation: 'connected', connectAt: 'none', ...other },
  'sdui-connected.html': { degree: '1st', relation: 'connected', connectAt: 'none', ...other },
  'ember-follow-more.html': { degree: '3rd', relation: 'follow-only', connectAt: 'more', ...other }, // in the hidden dropdown
  'ember-sticky-follow.html': { degree: '3rd', relation: 'follow-only', connectAt: 'more', ...other }, // hashed; the sticky header's copies don't count
  'ember-follow.html': { degree: '3rd', relation: 'follow-only', connectAt: 'none', ...other }, // the dropdown has no Connect
  'sdui-follow-more.html': { degree: '3rd', relation: 'follow-only', connectAt: 'more', ...other }, // menu not rendered yet
  'sdui-follow.html': { degree: '3rd', relation: 'follow-only', connectAt: 'more', ...other }, // can't tell until opened
  'ember-own.html': { degree: null, relation: 'unknown', connectAt: 'none', own: true },
  'ember-own-bare.html': { degree: null, relation: 'unknown', connectAt: 'none', own: true },
  'sdui-own.html': { degree: null, relation: 'unknown', connectAt: 'none', own: true },
  'sdui-own-bare.html': { degree: null, relation: 'unknown', connectAt: 'none', own: true },
  'sdui-drift.html': null, // LinkedIn rebuilt the page: say so rather than guess
  'hostile-sdui-connect.html': { degree: '2nd', relation: 'can-connect', connectAt: 'top-card', ...other }, // markup in the name is read as text
};

describe('readProfile on every fixture page', () => {
  test('every page has an expected reading', () => {
    expect(PAGES.filter((file) => !(file in EXPECTED))).toEqual([]);
  });

  test.each(PAGES)('%s', (file) => {
    const { document, url } = open(file);
    const expected = EXPECTED[file];
    const person = personOf(file);
    const reading = readProfile(document, url);
    if (expected === null) return expect(reading).toBeNull();
    expect(reading).toEqual({
      slug: person.slug,
      name: person.name,
      headline: person.headline,
      company: person.company,
      ...expected,
      layout: file.startsWith('ember') ? 'ember' : 'sdui',
      found: 'structure',
    });
    expect(ProfileReadingSchema.parse(reading)).toEqual(reading);
  });

  test('a sub-route of the profile reads the same person', () => {
    const { document, url } = open('sdui-pending.html');
    expect(readProfile(document, `${url}overlay/contact-info/?x=1#top`)).toEqual(readProfile(document, url));
  });

  test('the same when the browser has no checkVisibility()', () => {
    for (const file of ['sdui-connect.html', 'ember-sticky-follow.html', 'ember-follow-more.html']) {
      const { window, document, url } = open(file);
      delete (window.Element.prototype as { checkVisibility?: unknown }).checkVisibility;
      expect(document.body.checkVisibility).toBeUndefined();
      expect(readProfile(document, url)).toMatchObject(EXPECTED[file]!);
    }
  });

  test.each([
    ['sdui-follow-more.html', 'more'], // the portal's menu has Connect
    ['sdui-follow.html', 'none'], // now we can see it has none
    ['ember-follow-more.html', 'more'],
    ['ember-follow.html', 'none'],
  ])('%s with More open: Connect is where the menu says (%s)', (file, connectAt) => {
    const { document, url } = open(file, { run: true });
    const more = document.querySelector<HTMLElement>('#profile button[aria-expanded]')!;
    more.click();
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(readProfile(document, url)).toMatchObject({ relation: 'follow-only', connectAt });
  });

  test('a French page reads the same as the same page in English', async () => {
    for (const file of ['sdui-fr-connect.html', 'ember-fr-pending.html']) {
      expect(configOf(file).lang).toBe('fr');
      const french = open(file);
      const english = openHtml(await renderFixture(file, { lang: 'en' }), french.url);
      expect(english.document.documentElement.lang).toBe('en');
      expect(readProfile(french.document, french.url)).toEqual(readProfile(english.document, english.url));
    }
  });
});

describe('only the top card of the URL’s person counts', () => {
  test('right after an in-page navigation, the previous person’s card is not read as the new one’s', async () => {
    const { window, document } = open('sdui-connect.html', { run: true });
    const jordan = document.querySelector<HTMLAnchorElement>('aside a[href$="/in/jordan-reyes/"]')!;
    jordan.click(); // the page pushes /in/jordan-reyes/ and swaps the card ~150 ms later
    expect(window.location.href).toBe('https://www.linkedin.com/in/jordan-reyes/');
    expect(document.querySelector('h2')!.textContent).toBe('Priya Natarajan');
    expect(topCard(document, 'jordan-reyes')).toBeNull();
    expect(readProfile(document, window.location.href)).toBeNull();
    await vi.waitFor(() => expect(topCard(document, 'jordan-reyes')).not.toBeNull());
    expect(readProfile(document, window.location.href)).toMatchObject({
      slug: 'jordan-reyes',
      name: 'Jordan Reyes',
    });
  });

  test.each([
    ['ember-connect.html', 'jordan-reyes'], // Jordan is in the rail, with a Connect button of his own
    ['sdui-pending.html', 'priya-natarajan'],
    ['ember-own.html', 'priya-natarajan'], // someone else's address on one's own page: not "own"
  ])('%s at the address of %s reads nothing', (file, slug) => {
    const { document, url } = open(file, { slug });
    expect(readProfile(document, url)).toBeNull();
    expect(topCard(document, slug)).toBeNull();
  });

  test('the sticky header’s copies, earlier in the page, neither count nor stand in for the card’s', () => {
    const { document, url } = open('ember-sticky-follow.html');
    const sticky = document.querySelector('#sticky')!;
    const card = topCard(document, personOf('ember-sticky-follow.html').slug)!;
    expect(sticky.compareDocumentPosition(card) & 4).toBeTruthy(); // the card comes after it
    expect(sticky.querySelector('[data-test-icon="add-small"]')).not.toBeNull(); // Follow, again
    expect(readProfile(document, url)).toMatchObject({ relation: 'follow-only', connectAt: 'more' });
    // The card's own actions gone: the sticky header's Follow and More don't stand in for them.
    for (const action of card.querySelectorAll('button.artdeco-button--2, .artdeco-dropdown'))
      action.remove();
    expect(readProfile(document, url)).toMatchObject({ relation: 'unknown', connectAt: 'none' });
  });

  test('Connect links of other people in "More profiles for you" are not this person’s Connect', () => {
    const { document, url } = open('sdui-connected.html');
    expect(document.querySelectorAll('aside svg[id="connect-small"]').length).toBeGreaterThan(0);
    expect(readProfile(document, url)).toMatchObject({ relation: 'connected', connectAt: 'none' });
  });
});

describe('when the page can’t be read', () => {
  test('null and one clear warning per person, however often it is asked', async () => {
    vi.resetModules();
    const fresh = await import('../../src/linkedin');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { document, url } = open('sdui-drift.html');
    expect(fresh.readProfile(document, url)).toBeNull();
    expect(fresh.readProfile(document, url)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^\[Connect Coach\] .*chen-wei-dev/);
  });

  test('never throws, even on something that is not a page', async () => {
    vi.resetModules();
    const fresh = await import('../../src/linkedin');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(fresh.readProfile({} as Document, 'https://www.linkedin.com/in/priya-natarajan/')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('addresses that are not profiles read nothing and warn nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { document } = open('sdui-connect.html');
    expect(readProfile(document, 'https://www.linkedin.com/feed/')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });
});
