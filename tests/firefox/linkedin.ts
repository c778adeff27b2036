/**
 * The person's own clicks on LinkedIn's stand-in pages in Firefox: LinkedIn's controls (in the page and
 * in the open shadow roots its dialogs use) found by their label, pressed with trusted BiDi input.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { FixtureConfig, FixturePerson } from '../e2e/linkedin-kit';
import { LABELS } from '../e2e/linkedin-kit';
import type { FirefoxExtension } from './harness';

type Fixture = FixtureConfig & { person: FixturePerson; path: string; file: string };

/**
 * Clicks LinkedIn's one visible control whose aria-label or text is `label` (inside `within` when
 * given: the top card's More, not the rail's), as the person would.
 */
export async function clickLinkedIn(page: Page, label: string, within?: string): Promise<void> {
  const handle = await page.waitForFunction(
    (text, scope) => {
      const roots: (Document | ShadowRoot | Element)[] = [
        scope ? document.querySelector(scope) : document,
      ].filter((r): r is Element | Document => r !== null);
      for (let i = 0; i < roots.length; i++)
        for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      const controls = roots.flatMap((r) => [
        ...r.querySelectorAll('button, a, [role="button"], [role="menuitem"]'),
      ]);
      return controls.find(
        (el) =>
          (el.getAttribute('aria-label') === text || el.textContent?.trim() === text) &&
          (el as HTMLElement).checkVisibility(),
      );
    },
    { timeout: 10_000 },
    label,
    within ?? null,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no visible “${label}” on LinkedIn’s page`);
  await element.click();
}

/** Opens LinkedIn's invitation dialog: Connect in the top card, or under its More. */
export async function clickConnect(page: Page, { lang, person }: Fixture): Promise<void> {
  const t = LABELS[lang];
  if (person.state !== 'connect') await clickLinkedIn(page, t.more, '#profile');
  await clickLinkedIn(page, t.invite(person.name));
}

/** What LinkedIn's open note box holds now (in the page or a dialog's open shadow root), or null. */
export const noteBoxText = (page: Page) =>
  page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++)
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    const box = roots.flatMap((r) => [...r.querySelectorAll('textarea')]).find((t) => t.checkVisibility());
    return box?.value ?? null;
  });

/** What LinkedIn's stand-in recorded as sent. */
export const sentOn = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { fakeLinkedIn: { sent: { to: string; note: string; trusted: boolean }[] } })
        .fakeLinkedIn.sent,
  );

/** The checks every flow ends with: the page saw no script-made clicks, and nothing left the machine. */
export async function expectCleanFlow(ff: FirefoxExtension, page: Page): Promise<void> {
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { fakeLinkedIn: { untrustedClicks: string[] } }).fakeLinkedIn.untrustedClicks,
    ),
  ).toEqual([]);
  expect(ff.strayRequests).toEqual([]);
}
