/**
 * LinkedIn moves between profiles without reloading, and the previous person's top card lingers for a
 * moment. One person's advice must never show on another person's page: sampled as fast as the
 * DevTools protocol answers, through the whole navigation there and back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oursOn, personIsThere } from './cdp-kit';
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
      // The person is there, moving the mouse: each new visit shows its card after their input.
      const shownName = async () => {
        await personIsThere(page);
        return (await cardOn(page))?.name;
      };
      await expect.poll(shownName).toBe(person.name);

      // Sample what our UI says, through the DevTools protocol (the page itself can't read it), with the
      // address read before and after: a sample counts only when the address held still around it.
      const samples: Sample[] = [];
      let sampling = true;
      const path = () => page.evaluate(() => location.pathname).catch(() => '');
      const sampler = (async () => {
        while (sampling) {
          const before = await path();
          const text = (await oursOn(page).catch(() => [])).map((o) => o.label).join('|');
          if ((await path()) === before) samples.push({ path: before, text });
        }
      })();

      const sampled = (path: string, name: string) =>
        samples.some((s) => s.path === path && s.text.includes(name));
      // The samples span the whole way: this person's page before the move, the next person's page, and
      // this page again after Back (each waited for, not counted: a slow machine samples less often).
      await expect.poll(() => sampled(fixture.path, person.name)).toBe(true);
      await page.locator('aside').getByRole('link', { name: next.name }).first().click();
      await expect.poll(shownName).toBe(next.name);
      await expect.poll(() => sampled(`/in/${next.slug}/`, next.name)).toBe(true);
      const there = samples.length;
      await page.goBack();
      await expect.poll(shownName).toBe(person.name);
      await expect
        .poll(
          () => samples.slice(there).some((s) => s.path === fixture.path && s.text.includes(person.name)),
          {
            timeout: 10_000,
          },
        )
        .toBe(true);
      sampling = false;
      await sampler;

      const wrong = samples.filter(
        (s) =>
          (s.path === fixture.path && s.text.includes(next.name)) ||
          (s.path === `/in/${next.slug}/` && s.text.includes(person.name)),
      );
      expect(wrong).toEqual([]);
      await expectCleanFlow(ext, page);
    },
  );
});
