// @vitest-environment happy-dom
import { afterAll, describe, expect, test } from 'vitest';
import * as S from '../../src/linkedin/selectors';
import { addNoteButton, closeAll, open, PAGES } from './pages';

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
 * open, at the gate (after its delay), and at the note (or the upsell). `look(state)` is called in each.
 */
async function walk(file: string, look: (state: string, document: Document) => void): Promise<void> {
  // The large page keeps changing on a timer: its static reading is enough here.
  const { window, document } = open(file, { run: file !== 'sdui-large.html' });
  look('as loaded', document);
  const more = pressable(document, '#profile button[aria-expanded]');
  if (!more) return;
  more.click();
  look('More open', document);
  const connect =
    pressable(document, '[role="menu"] a[href*="/preload/custom-invite/"]') ??
    pressable(document, '#profile .artdeco-dropdown__content [aria-label^="Invite "]') ??
    pressable(
      document,
      '#profile a[href*="/preload/custom-invite/"], #profile button:has(svg[data-test-icon="connect-small"])',
    );
  if (!connect) return;
  connect.click();
  await window.happyDOM.waitUntilComplete(); // some gates mount seconds later
  const dialog = document.querySelector('#interop-outlet')?.shadowRoot ?? document;
  look('Add a note?', document);
  addNoteButton(dialog)?.click();
  look('the note', document);
}

const SELECTORS = Object.entries(S).flatMap(([name, list]) => list.map((selector) => ({ name, selector })));

describe('selectors', () => {
  test('every alternative matches on some fixture page; none is dead', async () => {
    const counts = new Map(SELECTORS.map(({ selector }) => [selector, 0]));
    for (const file of PAGES) {
      await walk(file, (_state, document) => {
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
  }, 120_000); // every page, opened and walked, with the gates' delays

  test('the top card is found once on every page but the drifted one', () => {
    for (const file of PAGES) {
      const { document } = open(file);
      const cards = new Set(S.topCard.flatMap((selector) => [...document.querySelectorAll(selector)]));
      expect(cards.size, file).toBe(file === 'sdui-drift.html' ? 0 : 1);
    }
  }, 60_000);

  test('selectors are written one alternative per entry, without lists inside', () => {
    for (const { name, selector } of SELECTORS)
      expect(selector.replace(/"[^"]*"/g, '""').includes(','), `${name}: ${selector}`).toBe(false);
  });
});
