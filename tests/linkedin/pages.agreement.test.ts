// @vitest-environment happy-dom
/**
 * The stand-ins agree with reality: each fact a stand-in claims to share with the real pages of its
 * layout (tests/fixtures/linkedin-real) holds on both, and the same selector matches the same kind of
 * element (tag, role, aria-hidden) on both. Where they disagree, the real page wins: fix the generator.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeAll, open, PAGES, personOf } from './pages';
import { loadReal, REAL } from './real';

afterAll(closeAll);

type Layout = 'ember' | 'sdui';
interface Fact {
  layout: Layout;
  what: string;
  /** The elements the fact is about, on a page whose person is `slug`. */
  find(document: Document): Element[];
  /** Pages the fact is about (the real pages show connect, follow, 1st, and one's own profile). */
  applies?(file: string): boolean;
}

const card = (document: Document, layout: Layout) =>
  document.querySelector(
    layout === 'ember'
      ? 'section[data-member-id]'
      : 'div[id^="com.linkedin.sdui.profile.card."][componentkey^="com.linkedin.sdui.profile.card."]',
  );
const inCard = (layout: Layout, selector: string) => (document: Document) => [
  ...(card(document, layout)?.querySelectorAll(selector) ?? []),
];
/** Elements before <main>: the sticky header. */
const beforeMain = (selector: string) => (document: Document) => {
  const main = document.querySelector('main')!;
  return [...document.querySelectorAll(selector)].filter((el) => el.compareDocumentPosition(main) & 4);
};
const own = (file: string) => file.includes('own');
const notOwn = (file: string) => !own(file);

const FACTS: Fact[] = [
  // Ember, 2024-25
  {
    layout: 'ember',
    what: 'the card is a section with a member id',
    find: (d) => [card(d, 'ember')!].filter(Boolean),
  },
  {
    layout: 'ember',
    what: 'the name is an h1 in the about-this-profile link',
    find: inCard('ember', 'a[href*="/overlay/about-this-profile/"] h1'),
  },
  {
    layout: 'ember',
    what: 'the visible badge is aria-hidden',
    find: inCard('ember', '.distance-badge .dist-value'),
    applies: notOwn,
  },
  {
    layout: 'ember',
    what: 'beside it, a visually-hidden twin',
    find: inCard('ember', '.distance-badge .visually-hidden'),
    applies: notOwn,
  },
  { layout: 'ember', what: 'the headline', find: inCard('ember', '.text-body-medium') },
  {
    layout: 'ember',
    what: 'company and school are buttons in a list',
    find: inCard('ember', 'li > button[aria-label]'),
  },
  { layout: 'ember', what: 'contact info link', find: inCard('ember', 'a[href*="/overlay/contact-info/"]') },
  {
    layout: 'ember',
    what: 'More is a dropdown trigger button',
    find: inCard('ember', 'button.artdeco-dropdown__trigger'),
    applies: notOwn,
  },
  {
    layout: 'ember',
    what: 'More’s items are in the page, aria-hidden',
    find: inCard('ember', '.artdeco-dropdown__content'),
    applies: notOwn,
  },
  {
    layout: 'ember',
    what: 'More’s items are role=button divs',
    find: inCard('ember', '.artdeco-dropdown__item[aria-label]'),
    applies: notOwn,
  },
  {
    layout: 'ember',
    what: 'the main action is a primary button',
    find: inCard('ember', 'button.artdeco-button--primary'),
    applies: (f) => notOwn(f) && !f.includes('pending'),
  },
  {
    layout: 'ember',
    what: 'the main action’s icon',
    find: inCard('ember', 'button.artdeco-button--primary svg[data-test-icon]'),
    applies: (f) => notOwn(f) && !f.includes('pending'),
  },
  {
    layout: 'ember',
    what: 'a sticky header repeats More before <main>',
    find: beforeMain('button[aria-label="More actions"]'),
    applies: (f) => notOwn(f) && !f.includes('-fr-'),
  },
  {
    layout: 'ember',
    what: 'the dialog outlet',
    find: (d) => [d.getElementById('artdeco-modal-outlet')!].filter(Boolean),
  },
  // 2026
  {
    layout: 'sdui',
    what: 'the card’s key is on a wrapper div (also its id)',
    find: (d) => [card(d, 'sdui')!].filter(Boolean),
  },
  {
    layout: 'sdui',
    what: 'the section inside has a random key',
    find: (d) =>
      inCard(
        'sdui',
        'section[componentkey]',
      )(d).filter((s) => /^[0-9a-f-]{36}$/.test(s.getAttribute('componentkey')!)),
  },
  {
    layout: 'sdui',
    what: 'the name’s verification link',
    find: inCard('sdui', 'a[componentkey^="ProfileVerificationTriggerRef-"]'),
  },
  {
    layout: 'sdui',
    what: 'the name is an h2 in it',
    find: inCard('sdui', 'a[componentkey^="ProfileVerificationTriggerRef-"] h2'),
    applies: (f) => f !== 'sdui-h1-connect.html',
  },
  {
    layout: 'sdui',
    what: 'contact info in a p',
    find: inCard('sdui', 'p > a[href*="/overlay/contact-info/"]'),
  },
  {
    layout: 'sdui',
    what: 'the photo link',
    find: inCard('sdui', 'a[componentkey="topcard-logo-image-referencekey"]'),
  },
  {
    layout: 'sdui',
    what: 'More is a button with aria-expanded',
    find: inCard('sdui', 'button[aria-expanded]'),
  },
  {
    layout: 'sdui',
    what: 'a sticky header repeats buttons before <main>',
    find: beforeMain('button[aria-expanded]'),
  },
  {
    layout: 'sdui',
    what: 'one’s own: Edit profile link',
    find: inCard('sdui', 'a[href$="/edit/intro/"][aria-label]'),
    applies: own,
  },
  {
    layout: 'sdui',
    what: 'one’s own: Add section links back with ?isSelfProfile',
    find: inCard('sdui', 'a[href$="?isSelfProfile=true"]'),
    applies: own,
  },
];

/** The kind of an element, as far as readers care: tag, role, aria-hidden. */
const kind = (el: Element) =>
  `${el.localName}${el.hasAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}${el.getAttribute('aria-hidden') === 'true' ? '[aria-hidden]' : ''}`;

const realOf = (layout: Layout) =>
  (Object.keys(REAL) as (keyof typeof REAL)[]).filter((file) => REAL[file].layout === layout);
const realKinds = new Map<Fact, Set<string>>();

describe.each(['ember', 'sdui'] as const)('%s', (layout) => {
  const facts = FACTS.filter((fact) => fact.layout === layout);
  test.each(realOf(layout))(
    'the facts hold on the real page %s',
    (file) => {
      const { document } = loadReal(file, REAL[file].slug);
      for (const fact of facts) {
        if (fact.applies && !fact.applies(REAL[file].own ? 'own' : file)) continue;
        const found = fact.find(document);
        expect(found.length, `${file}: ${fact.what}`).toBeGreaterThan(0);
        const kinds = realKinds.get(fact) ?? new Set();
        for (const el of found) kinds.add(kind(el));
        realKinds.set(fact, kinds);
      }
    },
    30_000,
  );

  const standIns = PAGES.filter((file) => file.startsWith(`${layout}-`) && file !== 'sdui-drift.html');
  test.each(standIns)('the stand-in %s shares them, with the same kinds of element', (file) => {
    const { document } = open(file);
    expect(personOf(file).slug).toBeTruthy();
    for (const fact of facts) {
      if (fact.applies && !fact.applies(file)) continue;
      const found = fact.find(document);
      expect(found.length, `${file}: ${fact.what}`).toBeGreaterThan(0);
      const real = realKinds.get(fact);
      if (real) for (const el of found) expect(real, `${file}: ${fact.what}`).toContain(kind(el));
    }
  });
});

test.each(PAGES)('%s: the title reads "Name | LinkedIn", as LinkedIn’s do', (file) => {
  expect(open(file).document.title).toMatch(/^(\(\d+\) )?.+ \| LinkedIn$/);
});
