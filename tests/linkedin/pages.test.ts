// @vitest-environment happy-dom
import { afterAll, describe, expect, test } from 'vitest';
import { closeAll, generator, html, open, PAGES } from './pages';

afterAll(closeAll);

describe('fixture pages', () => {
  test('the generated pages are up to date with scripts/make-fixtures.mjs', async () => {
    const { PAGES: made, render } = await generator();
    const stale = Object.entries(made).filter(([file, options]) => render(options) !== html(file));
    expect(stale.map(([file]) => file)).toEqual([]);
  });

  test('every page on disk is generated', async () => {
    const { PAGES: made } = await generator();
    expect(PAGES.filter((file) => !(file in made))).toEqual([]);
  });

  // The large page keeps changing on a timer; its behaviour is the shipped one's.
  test.each(PAGES.filter((file) => file !== 'sdui-large.html'))(
    '%s: the page’s own script runs without errors',
    (file) => {
      const { window, document } = open(file, { run: true });
      expect((window as unknown as { fakeLinkedIn?: object }).fakeLinkedIn).toBeDefined();
      const more = [...document.querySelectorAll<HTMLElement>('#profile button[aria-expanded]')].find(
        (button) => !button.closest('[hidden]'),
      );
      more?.click();
      more?.click();
      document.querySelector<HTMLElement>('#profile a[href*="/preload/custom-invite/"]')?.click();
      expect(window.happyDOM.virtualConsolePrinter.readAsString()).not.toMatch(/error/i);
    },
  );
});
