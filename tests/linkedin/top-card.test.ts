// @vitest-environment happy-dom
import { afterAll, describe, expect, test } from 'vitest';
import { outermost, topCard, touchesTopCard } from '../../src/linkedin';
import { closeAll, open, PAGES, personOf } from './pages';

afterAll(closeAll);

describe('outermost: the element LinkedIn re-renders whole', () => {
  test.each(PAGES.filter((file) => file !== 'sdui-drift.html'))(
    '%s: the top card’s block in #profile',
    (file) => {
      const { document } = open(file);
      const card = topCard(document, personOf(file).slug)!;
      const outer = outermost(card);
      expect(outer.parentElement?.id).toBe('profile');
      // 2026: the wrapper <div> carrying the …QsTopcard key (the section inside has a random one);
      // Ember: the section itself.
      expect(outer).toBe(card);
      expect(card.tagName).toBe(file.startsWith('ember-') ? 'SECTION' : 'DIV');
      // From inside the card (the 2026 section, found by its name link) too.
      const inner = card.querySelector('section') ?? card;
      expect(outermost(inner)).toBe(card);
    },
  );
});

/** What a MutationObserver on <body> hears while `change` runs. */
function heard(document: Document, change: () => void): MutationRecord[] {
  const MO = (document.defaultView as unknown as typeof globalThis).MutationObserver;
  const observer = new MO(() => {});
  observer.observe(document.body, { childList: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('touchesTopCard: cheap enough for a busy page, never misses a card', () => {
  const page = () => open('sdui-large.html');
  const el = (document: Document, tag: string) => document.createElement(tag);

  test.each([
    // what the page does, whether it can have brought or changed a top card
    [
      'a live update lands in the side column',
      false,
      (d: Document) => d.querySelector('aside')!.append(el(d, 'div')),
    ],
    ['an old update leaves the side column', false, (d: Document) => d.querySelector('aside > *')!.remove()],
    [
      'a filler card below the profile changes',
      false,
      (d: Document) => d.querySelector('#profile > :last-child')!.append(el(d, 'p')),
    ],
    [
      'the next person’s card replaces the old one',
      true,
      (d: Document) => {
        const card = outermost(d.querySelector('div[componentkey$="Topcard"]')!);
        card.replaceWith(card.cloneNode(true));
      },
    ],
    [
      'a whole new main column with a card inside',
      true,
      (d: Document) => d.body.append(d.querySelector('main')!.cloneNode(true)),
    ],
    [
      'the card’s name link is swapped in place',
      true,
      (d: Document) => {
        const link = d.querySelector('div[componentkey$="Topcard"] a[href*="/in/"]')!;
        link.replaceWith(link.cloneNode(true));
      },
    ],
  ] as const)(
    '%s: %s',
    (_what, touches, change) => {
      const { document } = page();
      const records = heard(document, () => change(document));
      expect(records.length).toBeGreaterThan(0);
      expect(records.some(touchesTopCard)).toBe(touches);
    },
    30_000, // cloning the large page's main column takes seconds in happy-dom when the cores are busy
  );
});
