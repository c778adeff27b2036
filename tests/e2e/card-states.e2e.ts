/**
 * The card on LinkedIn's page in each verdict, light and dark: its region is named with the verdict's
 * words from the shared table (src/core/verdicts.ts), and each is photographed into
 * docs/screenshots/card-<verdict>[-dark].png, beside the popup's states (popup-state-*.png). The card
 * sits in a closed shadow root: it is found and measured through the DevTools protocol (cdp-kit.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/core/verdicts';
import { cdp, controlsOf, cardOn as ourCard, press } from './cdp-kit';
import { type Extension, launchExtension } from './harness';
import {
  cardOn,
  closeLinkedInPages,
  expectCleanFlow,
  fixtureConfig,
  importLog,
  logWith,
  openFixture,
  waitForCard,
} from './linkedin-kit';

const connect = fixtureConfig('sdui-connect.html');
const pending = fixtureConfig('sdui-pending.html');
const connected = fixtureConfig('sdui-connected.html');
const DAY = 86_400_000;
type Log = ReturnType<typeof logWith>;

/** Each verdict: the page it shows on and the log that leads to it. */
const VERDICT_CASES = [
  { verdict: 'send', page: connect, log: () => logWith([connect.person]) },
  {
    verdict: 'prepare',
    page: connect,
    log: () =>
      logWith([connect.person], {
        profile: { photo: false, headline: true, currentRole: true, about: true },
      }),
  },
  {
    verdict: 'wait',
    page: connect,
    log: () => interviewWith(logWith([connect.person]), { at: new Date(Date.now() - DAY / 4).toISOString() }),
  },
  { verdict: 'sent', page: pending, log: () => logWith([pending.person]) },
  { verdict: 'connected', page: connected, log: () => logWith([connected.person]) },
  {
    verdict: 'avoid',
    page: connect,
    log: () => interviewWith(logWith([connect.person]), { connectionPolicy: 'discouraged' }),
  },
] as const;

function interviewWith(log: Log, fields: Record<string, unknown>): Log {
  Object.assign(log.interviews[0]!, fields);
  return log;
}

/** The card's host box on the page, with a margin, for a screenshot of the card alone. */
async function cardClip(page: Page, host: number) {
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: host })) as {
    model: { border: number[] };
  };
  const [x, y, right, , , bottom] = model.border as [number, number, number, number, number, number];
  const m = 12;
  return {
    x: Math.max(0, x - m),
    y: Math.max(0, y - m),
    width: right - x + 2 * m,
    height: bottom - y + 2 * m,
  };
}

describe('the card in each verdict', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(VERDICT_CASES)('$verdict: named in the table’s words, photographed light and dark', async (c) => {
    await importLog(ext, c.log());
    const page = await openFixture(ext, c.page);
    try {
      // Tall enough for the whole card below LinkedIn's top card: a clip outside the viewport is cut.
      await page.setViewportSize({ width: 1100, height: 2000 });
      const card = await waitForCard(page);
      expect(card).toMatchObject({ verdict: VERDICTS[c.verdict].label, name: c.page.person.name });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const host = (await ourCard(page))!.host;
        await page.screenshot({
          path: `docs/screenshots/card-${c.verdict}${scheme === 'dark' ? '-dark' : ''}.png`,
          clip: await cardClip(page, host),
        });
      }
      await expectCleanFlow(ext, page);
    } finally {
      await closeLinkedInPages(ext);
    }
  });

  it('a due follow-up: Snooze and Skip on the card, as the popup words them, each with Undo', async () => {
    await importLog(ext, logWith([connect.person]));
    const page = await openFixture(ext, connect);
    try {
      await page.setViewportSize({ width: 1100, height: 2000 });
      await waitForCard(page);
      const names = async () => (await controlsOf(page, 'card')).map((c) => c.name);
      await expect.poll(names).toEqual(expect.arrayContaining(['Tomorrow', 'Next week', 'Skip this person']));
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({
          path: `docs/screenshots/card-follow-up${scheme === 'dark' ? '-dark' : ''}.png`,
          clip: await cardClip(page, (await ourCard(page))!.host),
        });
      }
      await page.emulateMedia({ colorScheme: 'light' });
      const followUp = async () => {
        const out = await ext.send<{ backup: { interviews: { interviewers: { followUp?: object }[] }[] } }>({
          type: 'backup/export',
        });
        return out.backup.interviews[0]?.interviewers[0]?.followUp ?? {};
      };

      await press(page, 'card', 'Tomorrow');
      await expect
        .poll(async () => (await cardOn(page))?.text)
        .toMatch(/Snoozed until \w+day \d+ \w+, 09:00\./);
      expect(await followUp()).toHaveProperty('snoozedUntil');
      expect(await names()).not.toContain('Skip this person');
      await press(page, 'card', 'Undo');
      await expect.poll(async () => (await cardOn(page))?.text).toMatch(/Undone\./);
      expect(await followUp()).not.toHaveProperty('snoozedUntil');

      await press(page, 'card', 'Skip this person');
      await expect
        .poll(async () => (await cardOn(page))?.text)
        .toContain(`No more follow-ups for ${connect.person.name}.`);
      expect(await followUp()).toHaveProperty('skippedAt');
      await press(page, 'card', 'Undo');
      await expect.poll(followUp).not.toHaveProperty('skippedAt');
      await expectCleanFlow(ext, page);
    } finally {
      await closeLinkedInPages(ext);
    }
  });
});
