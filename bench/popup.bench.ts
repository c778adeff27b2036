/**
 * The popup's first render with 200 interviews in the log: from navigation start to the `popup-rendered`
 * mark the popup sets after its first render with data (target: 50 ms median over 9 loads), on a logged
 * interviewer's profile (verdict, window, draft) and elsewhere (the due list over the whole log).
 * And typing at once into the note while the spelling dictionary loads: the slowest keystroke, from the
 * key press to the next frame painted (the browser's Event Timing), must stay within 50 ms.
 * Needs `npm run build` first (scripts/bench.mjs builds).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchExtension } from '../tests/e2e/harness';
import { allowExtensionPages } from '../tests/e2e/popup-kit';
import { markTime, median, record } from './report';

const INTERVIEWS = 200;
const LOADS = 9;
const DAY = 86_400_000;
const TARGET_MS = 50;
/** A keystroke answered within 50 ms feels instant (RAIL's response budget, halved for the popup). */
const KEY_TARGET_MS = 50;
const TYPINGS = 5;
const MARK = 'popup-rendered';

/** 200 interviews over the last year, two or three interviewers each; Priya's is the latest. */
function log(now: number) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const interviews = Array.from({ length: INTERVIEWS }, (_, i) => ({
    id: `iv-${i}`,
    company: `Company ${i}`,
    role: i % 2 ? 'Product Manager' : 'Engineering Manager',
    at: iso(now - ((i * 17) % 365) * DAY - DAY),
    topics: ['the roadmap', 'team rituals'],
    interviewers: Array.from({ length: 2 + (i % 2) }, (_, j) => ({
      id: `p-${i}-${j}`,
      name: `Person ${i}-${j}`,
      role: (['recruiter', 'hiring-manager', 'panel'] as const)[j],
      profileUrl: `https://www.linkedin.com/in/person-${i}-${j}/`,
    })),
  }));
  interviews[0]!.company = 'Contoso Health';
  interviews[0]!.at = iso(now - 5 * DAY);
  interviews[0]!.interviewers[0] = {
    id: 'priya',
    name: 'Priya Natarajan',
    role: 'recruiter',
    profileUrl: 'https://www.linkedin.com/in/priya-natarajan/',
  };
  const settings = {
    yourName: 'Alex Kim',
    profile: { photo: true, headline: true, currentRole: true, about: true },
  };
  return { format: 'connect-coach-backup', version: 1, exportedAt: iso(now), settings, interviews };
}

/** Loads the popup `LOADS + 1` times (the first warms the worker and the cache); answers the marks. */
async function firstRenders(open: () => Promise<Page>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= LOADS; i++) {
    const page = await open();
    const ms = await markTime(page, MARK);
    if (i > 0) times.push(ms);
    await page.close();
  }
  return times;
}

/**
 * Types into the note the moment it shows (the spelling dictionary is loading then) and answers the
 * longest keystroke: Event Timing's duration, from the key press to the next paint after it is handled.
 */
async function slowestKeystroke(page: Page): Promise<number> {
  const note = page.getByLabel('Note to Priya Natarajan');
  await note.waitFor({ timeout: 30_000 });
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { keystrokes: number[] }).keystrokes = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  await note.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Thanks again for the conversation about the roadmap.', { delay: 15 });
  // Event Timing reports an entry once its frame is painted: wait for two more frames.
  const seen = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve((window as unknown as { keystrokes: number[] }).keystrokes)),
        ),
      ),
  );
  await page.close();
  // Below the 16 ms threshold the browser reports nothing: a keystroke within one frame.
  return Math.max(16, ...seen);
}

it('renders the popup with 200 interviews within budget', async () => {
  const ext = await launchExtension();
  try {
    await allowExtensionPages(ext);
    expect(await ext.send({ type: 'backup/import', backup: log(Date.now()), mode: 'replace' })).toEqual({
      ok: true,
    });
    ext.serve('/in/priya-natarajan/', 'sdui-connect.html');
    const profile = await ext.context.newPage();
    await profile.goto('https://www.linkedin.com/in/priya-natarajan/');
    const tabId = await ext.tabIdOf(profile);
    const popupAt = (query: string) => async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 380, height: 720 });
      await page.goto(`chrome-extension://${ext.id}/src/popup/popup.html${query}`);
      return page;
    };
    const onProfile = await firstRenders(popupAt(`?tab=${tabId}`));
    const elsewhere = await firstRenders(popupAt(''));
    const keys: number[] = [];
    for (let i = 0; i < TYPINGS; i++) keys.push(await slowestKeystroke(await popupAt(`?tab=${tabId}`)()));
    console.log('popup first render (ms):', { onProfile, elsewhere }, 'slowest keystroke (ms):', keys);
    const figure = (where: string, times: number[]) => ({
      figure: `first render, ${where}, ${INTERVIEWS} interviews (median of ${LOADS})`,
      value: Math.round(median(times)),
      unit: 'ms',
      target: TARGET_MS,
    });
    record('popup', [
      figure('logged profile', onProfile),
      figure('elsewhere: due list', elsewhere),
      {
        figure: `slowest keystroke typing into the note as soon as it shows, while the dictionary loads (median of ${TYPINGS} popups)`,
        value: Math.round(median(keys)),
        unit: 'ms',
        target: KEY_TARGET_MS,
      },
    ]);
    expect(median(onProfile)).toBeGreaterThan(0);
  } finally {
    await ext.close();
  }
});
