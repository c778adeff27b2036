/**
 * The popup's first render with 200 interviews in the log: from navigation start to the `popup-rendered`
 * mark the popup sets after its first render with data (target: 50 ms median over 9 loads), on a logged
 * interviewer's profile (verdict, window, draft) and elsewhere (the due list over the whole log). The
 * popup opens as it does for a person, over the active tab (bench/floor.ts popupOpener).
 * And typing at once into the note while the spelling dictionary loads: the slowest keystroke, from the
 * key press to the next frame painted (the browser's Event Timing), must stay within 50 ms.
 * Each load is paired with one of an empty extension page opened the same way (bench/floor.ts): the
 * browser's own floor, and the popup's time above it, are reported beside the figure.
 * Needs `npm run build` first (scripts/bench.mjs builds).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchExtension } from '../tests/e2e/harness';
import { allowExtensionPages } from '../tests/e2e/popup-kit';
import { buildWithFloor, DEVTOOLS_PORT, FLOOR_PAGE, popupOpener, stopIntercepting } from './floor';
import { median, record } from './report';

const INTERVIEWS = 200;
const LOADS = 9;
const DAY = 86_400_000;
const TARGET_MS = 50;
/** A keystroke answered within 50 ms feels instant (RAIL's response budget, halved for the popup). */
const KEY_TARGET_MS = 50;
const TYPINGS = 5;
const MARK = 'popup-rendered';
const POPUP = 'src/popup/popup.html';
type Opener = Awaited<ReturnType<typeof popupOpener>>;
const VIEWPORT = { width: 380, height: 720 };

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

/**
 * Opens the popup `LOADS + 1` times over `tab` (the first warms the worker and the cache), each right
 * after the empty floor page; answers the popup's marks and the floor's.
 */
async function firstRenders(opener: Opener, tab: Page) {
  await tab.bringToFront();
  const times: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i <= LOADS; i++) {
    const floor = await opener.open(`${FLOOR_PAGE}?mark=${MARK}`, MARK);
    const ms = await opener.open(POPUP, MARK);
    if (i > 0) {
      times.push(ms);
      floors.push(floor);
    }
  }
  return { times, floors };
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
  const build = buildWithFloor();
  const ext = await launchExtension({ dist: build.dist, args: [DEVTOOLS_PORT] });
  let opener: Opener | null = null;
  try {
    opener = await popupOpener(ext);
    await allowExtensionPages(ext);
    expect(await ext.send({ type: 'backup/import', backup: log(Date.now()), mode: 'replace' })).toEqual({
      ok: true,
    });
    ext.serve('/in/priya-natarajan/', 'sdui-connect.html');
    const profile = await ext.context.newPage();
    await profile.goto('https://www.linkedin.com/in/priya-natarajan/');
    const tabId = await ext.tabIdOf(profile);
    // The profile is loaded: from here on the popup loads its files as in a person's browser.
    await stopIntercepting(ext);
    const popupAt = (query: string) => async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize(VIEWPORT);
      await page.goto(`chrome-extension://${ext.id}/${POPUP}${query}`);
      return page;
    };
    const onProfile = await firstRenders(opener, profile);
    const elsewhere = await firstRenders(opener, await ext.context.newPage());
    const keys: number[] = [];
    for (let i = 0; i < TYPINGS; i++) keys.push(await slowestKeystroke(await popupAt(`?tab=${tabId}`)()));
    console.log('popup first render (ms):', { onProfile, elsewhere }, 'slowest keystroke (ms):', keys);
    const figure = (where: string, { times, floors }: { times: number[]; floors: number[] }) => [
      {
        figure: `first render, ${where}, ${INTERVIEWS} interviews (median of ${LOADS})`,
        value: Math.round(median(times)),
        unit: 'ms',
        target: TARGET_MS,
      },
      {
        figure: `of which above an empty extension page's mark, ${where} (median of ${LOADS} paired loads)`,
        value: Math.round(median(times.map((ms, i) => ms - floors[i]!))),
        unit: 'ms',
        target: null,
      },
    ];
    const floors = [...onProfile.floors, ...elsewhere.floors];
    record('popup', [
      ...figure('logged profile', onProfile),
      ...figure('elsewhere: due list', elsewhere),
      {
        figure: `an empty extension page opened as the popup (one module script setting the mark): the browser's floor (median of ${floors.length})`,
        value: Math.round(median(floors)),
        unit: 'ms',
        target: null,
      },
      {
        figure: `slowest keystroke typing into the note as soon as it shows, while the dictionary loads (median of ${TYPINGS} popups)`,
        value: Math.round(median(keys)),
        unit: 'ms',
        target: KEY_TARGET_MS,
      },
    ]);
    expect(median(onProfile.times)).toBeGreaterThan(0);
    expect(ext.strayRequests).toEqual([]);
  } finally {
    await opener?.close();
    await ext.close();
    build.remove();
  }
});
