// @vitest-environment happy-dom
import { afterAll, describe, expect, test } from 'vitest';
import * as S from '../../src/linkedin/selectors';
import { closeAll, open, PAGES } from './pages';

afterAll(closeAll);

/** Every root a selector can match in: the document and every open shadow root in it. */
function roots(document: Document): ParentNode[] {
  const shadows = [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
  return [document, ...shadows];
}

/** What a person can press on the page: visible (no hidden ancestor), in the profile or a dialog. */
function pressable(root: ParentNode, selector: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>(selector)].find((el) => !el.closest('[hidden]'));
}

/**
 * Each page in every state a person can bring it to without sending anything: as loaded, with More
 * open, in the dialog's first step, and at the note (or the upsell). `look(state)` is called in each.
 */
function walk(file: string, look: (state: string, document: Document) => void): void {
  // The large page keeps changing on a timer: its static reading is enough here.
  const { document } = open(file, { run: file !== 'sdui-large.html' });
  look('as loaded', document);
  const more = pressable(document, '#profile button[aria-expanded]');
  if (!more) return;
  more.click();
  look('More open', document);
  const connect =
    pressable(document, '[role="menu"] a[href*="/preload/custom-invite/"]') ??
    pressable(document, '.artdeco-dropdown__content [aria-label^="Invite "]') ??
    pressable(
      document,
      '#profile a[href*="/preload/custom-invite/"], #profile button:has(svg[data-test-icon="connect-small"])',
    );
  if (!connect) return;
  connect.click();
  const dialog = document.querySelector('#interop-outlet')?.shadowRoot ?? document;
  look('Add a note?', document);
  pressable(dialog, '.artdeco-modal__actionbar button:not(.artdeco-button--primary)')?.click();
  look('the note', document);
}

const SELECTORS = Object.entries(S).flatMap(([name, list]) => list.map((selector) => ({ name, selector })));

describe('selectors', () => {
  test('every alternative matches on some fixture page; none is dead', () => {
    const counts = new Map(SELECTORS.map(({ selector }) => [selector, 0]));
    for (const file of PAGES) {
      walk(file, (_state, document) => {
        for (const { selector } of SELECTORS) {
          const found = roots(document).reduce(
            (sum, root) => sum + root.querySelectorAll(selector).length,
            0,
          );
          counts.set(selector, counts.get(selector)! + found);
        }
      });
    }
    const dead = SELECTORS.filter(({ selector }) => counts.get(selector) === 0).map(
      ({ name, selector }) => `${name}: ${selector}`,
    );
    expect(dead).toEqual([]);
  });

  test('the top card is found once on every page but the drifted one', () => {
    for (const file of PAGES) {
      const { document } = open(file);
      const cards = new Set(S.topCard.flatMap((selector) => [...document.querySelectorAll(selector)]));
      expect(cards.size, file).toBe(file === 'sdui-drift.html' ? 0 : 1);
    }
  });

  test('selectors are written one alternative per entry, without lists inside', () => {
    for (const { name, selector } of SELECTORS)
      expect(selector.replace(/"[^"]*"/g, '""').includes(','), `${name}: ${selector}`).toBe(false);
  });
});
