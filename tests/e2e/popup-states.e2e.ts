/**
 * The popup in every state, at the toolbar's 380 px width: the decision and its primary action fit the
 * first 600 px (Chrome's popup limit), the action matches the verdict, axe finds nothing serious, and each
 * state is photographed light and dark into docs/screenshots/popup-state-<state>[-dark].png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness';
import { fixtureConfig, importLog, inviteOf, logWith, waitForReading } from './linkedin-kit';
import { allowExtensionPages, openPopup, seriousViolations } from './popup-kit';

const priya = fixtureConfig('sdui-connect.html');
const DAY = 86_400_000;
/** Chrome's popup is at most 600 px tall. */
const FIRST_SCREEN = 600;

type Log = ReturnType<typeof logWith>;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** A log where Priya's state is `state`, with what the popup should offer first. */
const STATES: { state: string; log: () => Log | null; verdict: string | null; primary: RegExp }[] = [
  { state: 'send', log: () => logWith([priya.person]), verdict: 'Send now', primary: /Insert into LinkedIn/ },
  {
    state: 'prepare',
    log: () =>
      logWith([priya.person], { profile: { photo: false, headline: true, currentRole: true, about: true } }),
    verdict: 'Prepare your profile',
    primary: /Insert into LinkedIn/,
  },
  {
    state: 'wait',
    log: () => withInterview(logWith([priya.person]), { at: new Date(Date.now() - DAY / 4).toISOString() }),
    verdict: 'Wait',
    primary: /Prepare your note now/,
  },
  {
    state: 'sent',
    log: () => withPerson(logWith([priya.person]), { invite: { state: 'sent', at: ago(3) } }),
    verdict: 'Request sent',
    primary: /They accepted/,
  },
  {
    state: 'connected',
    log: () => withPerson(logWith([priya.person]), { invite: { state: 'accepted', at: ago(2) } }),
    verdict: 'Connected',
    primary: /^Copy$/,
  },
  {
    state: 'avoid-policy',
    log: () => withInterview(logWith([priya.person]), { connectionPolicy: 'discouraged' }),
    verdict: 'Better not to connect',
    primary: /An offer/,
  },
  {
    state: 'avoid-declined',
    log: () => withPerson(logWith([priya.person]), { invite: { state: 'declined', at: ago(2) } }),
    verdict: 'Better not to connect',
    primary: /Skip this person/,
  },
  {
    state: 'notes-used-up',
    log: () => logWith([priya.person], { noteQuota: { remaining: 0, seenAt: new Date().toISOString() } }),
    verdict: 'Send now',
    primary: /Mark as sent/,
  },
];

function withInterview(log: Log, fields: Record<string, unknown>): Log {
  Object.assign(log.interviews[0]!, fields);
  return log;
}
function withPerson(log: Log, fields: Record<string, unknown>): Log {
  Object.assign(log.interviews[0]!.interviewers[0]!, fields);
  return log;
}

/** Where the primary button and the verdict end, and the first screen's content height (closed details). */
async function measure(popup: Page) {
  return popup.evaluate(() => {
    const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom + window.scrollY : null);
    const shown = (selector: string) =>
      [...document.querySelectorAll(selector)].find((el) => el.checkVisibility());
    // The primary action is a .primary button, or (waiting) the disclosure that prepares the note.
    const primary = shown('main .primary') ?? shown('main details.more > summary');
    return {
      primary: bottom(primary ?? null),
      primaryName: primary?.textContent?.trim() ?? '',
      verdict: bottom(document.querySelector('.verdict')),
      content: document.documentElement.scrollHeight,
    };
  });
}

describe('the popup, state by state', () => {
  let ext: Extension;
  let page: Page | null = null;
  /** Priya's profile, opened once (inside a test: the wait for its reading polls). */
  const profile = async (): Promise<Page> => {
    if (page) return page;
    page = await ext.context.newPage();
    await page.goto(`https://www.linkedin.com${priya.path}`);
    await waitForReading(ext, page);
    return page;
  };
  beforeAll(async () => {
    ext = await launchExtension();
    await allowExtensionPages(ext);
    ext.serve(priya.path, 'sdui-connect.html');
    await importLog(ext, logWith([priya.person]));
  });
  afterAll(async () => {
    await ext?.close();
  });

  for (const { state, log, verdict, primary } of STATES) {
    it(`${state}: “${verdict}”, its action first, within the first ${FIRST_SCREEN} px, light and dark`, async () => {
      await importLog(ext, log());
      const popup = await openPopup(ext, await profile());
      await popup.setViewportSize({ width: 380, height: FIRST_SCREEN });
      expect(await popup.locator('.verdict .verdict-badge').textContent()).toBe(verdict);
      const sizes = await measure(popup);
      expect(sizes.primaryName).toMatch(primary);
      expect(sizes.verdict!, 'the verdict’s bottom').toBeLessThanOrEqual(FIRST_SCREEN);
      expect(sizes.primary!, `“${sizes.primaryName}”'s bottom`).toBeLessThanOrEqual(FIRST_SCREEN);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(popup), `${state} ${scheme}`).toEqual([]);
        const suffix = scheme === 'dark' ? '-dark' : '';
        await popup.screenshot({
          path: `docs/screenshots/popup-state-${state}${suffix}.png`,
          fullPage: true,
        });
      }
      await popup.close();
    });
  }

  it('after “Mark as sent”: the new verdict has focus, a confirmation offers Undo, and Undo restores it', async () => {
    await importLog(
      ext,
      logWith([priya.person], { noteQuota: { remaining: 0, seenAt: new Date().toISOString() } }),
    );
    const popup = await openPopup(ext, await profile());
    await popup.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(() => popup.locator('.verdict .verdict-badge').textContent()).toBe('Request sent');
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.classList.contains('verdict-section')))
      .toBe(true);
    expect(await popup.locator('.change-line').textContent()).toMatch(
      /Marked as sent to Priya Natarajan\.\s*Undo/,
    );
    expect((await measure(popup)).verdict!).toBeLessThanOrEqual(FIRST_SCREEN);
    expect(await inviteOf(ext, priya.slug)).toMatchObject({ state: 'sent' });
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('.verdict .verdict-badge').textContent()).toBe('Send now');
    expect(await inviteOf(ext, priya.slug)).toMatchObject({ state: 'none' });
  });

  it('an empty log: the primary button is “Add an interview”, and it opens the form', async () => {
    await importLog(ext, { ...logWith([]), interviews: [] });
    const popup = await openPopup(ext);
    await popup.setViewportSize({ width: 380, height: FIRST_SCREEN });
    const sizes = await measure(popup);
    expect(sizes.primaryName).toBe('Add an interview');
    expect(sizes.primary!).toBeLessThanOrEqual(FIRST_SCREEN);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(popup), scheme).toEqual([]);
      await popup.screenshot({
        path: `docs/screenshots/popup-state-empty${scheme === 'dark' ? '-dark' : ''}.png`,
      });
    }
    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Add an interview' }).click();
    expect((await opened).url()).toMatch(/options\.html#interviews\/new$/);
  });

  it('due elsewhere: each row has Done, Snooze, Skip and I heard back; Snooze confirms with Undo', async () => {
    await importLog(ext, logWith([priya.person]));
    const popup = await openPopup(ext);
    await popup.setViewportSize({ width: 380, height: FIRST_SCREEN });
    const row = popup.locator('.due-item').first();
    for (const name of [/^Done/, /^Skip this person/])
      expect(await row.getByRole('button', { name }).count()).toBe(1);
    expect(await row.getByLabel(/I heard back from/).count()).toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(popup), scheme).toEqual([]);
      await popup.screenshot({
        path: `docs/screenshots/popup-state-due${scheme === 'dark' ? '-dark' : ''}.png`,
        fullPage: true,
      });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await row.locator('summary').click();
    await row.getByRole('button', { name: 'Tomorrow' }).click();
    await expect
      .poll(() => popup.locator('.change-line').textContent())
      .toMatch(/^Snoozed until .*09:00\.\s*Undo$/);
    expect(await popup.getByText('Nothing is due right now.').count()).toBe(1);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('.due-item').count()).toBe(1);
  });
});
