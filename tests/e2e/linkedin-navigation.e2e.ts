/**
 * LinkedIn moves between profiles without reloading, and the previous person's top card lingers for a
 * moment. One person's advice must never show on another person's page, not even for a frame.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness';
import {
  cardOn,
  closeLinkedInPages,
  expectCleanFlow,
  fixtureConfig,
  fixtureFiles,
  importLog,
  logWith,
  openFixture,
} from './linkedin-kit';

/** Pages whose rail links to another person, and that person: both go in the log. */
const pairs = fixtureFiles()
  .map(fixtureConfig)
  .filter((p) => !p.own && p.readable && !p.large && p.rail.length > 0)
  .map((p) => ({ ...p, next: p.people[p.rail[0]!]! }));

interface Sample {
  path: string;
  text: string;
}

describe('moving between profiles in the page', () => {
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

  it.each(pairs)(
    '$file: from $person.name to $next.name and back, each card only on its own page',
    async (fixture) => {
      const { person, next } = fixture;
      await importLog(ext, logWith([person, next]));
      const page = await openFixture(ext, fixture);
      const shownName = async () => (await cardOn(page))?.name;
      await expect.poll(shownName, { timeout: 10_000 }).toBe(person.name);

      // Sample what our host says at every frame and every DOM change, from the page's own world.
      await page.evaluate(() => {
        const w = window as unknown as { samples: { path: string; text: string }[] };
        w.samples = [];
        const sample = () =>
          w.samples.push({
            path: location.pathname,
            text: [...document.querySelectorAll('[data-connect-coach]')]
              .map((h) => `${h.getAttribute('data-verdict')} ${h.shadowRoot?.lastElementChild?.textContent}`)
              .join('|'),
          });
        new MutationObserver(sample).observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
        });
        const frame = () => {
          sample();
          requestAnimationFrame(frame);
        };
        frame();
        window.addEventListener('popstate', sample);
        (window as unknown as { navigation?: EventTarget }).navigation?.addEventListener(
          'currententrychange',
          sample,
        );
      });

      await page.locator('aside').getByRole('link', { name: next.name }).first().click();
      await expect.poll(shownName, { timeout: 10_000 }).toBe(next.name);
      await page.goBack();
      await expect.poll(shownName, { timeout: 10_000 }).toBe(person.name);

      const samples = await page.evaluate(() => (window as unknown as { samples: Sample[] }).samples);
      const wrong = samples.filter(
        (s) =>
          (s.path === fixture.path && s.text.includes(next.name)) ||
          (s.path === `/in/${next.slug}/` && s.text.includes(person.name)),
      );
      expect(samples.length).toBeGreaterThan(10);
      expect(samples.some((s) => s.path === `/in/${next.slug}/` && s.text.includes(next.name))).toBe(true);
      expect(wrong).toEqual([]);
      await expectCleanFlow(ext, page);
    },
  );
});
