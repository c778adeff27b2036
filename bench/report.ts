/**
 * The shared shape of `npm run bench`: each bench/*.bench.ts measures its figures and records rows here;
 * scripts/bench.mjs prints them all as one table. Figures are medians over repeated runs in one process,
 * since the machines are shared and noisy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';

export interface BenchRow {
  figure: string;
  value: number;
  unit: string;
  /** The budget; null for a figure that is only reported. */
  target: number | null;
  /** Whether lower (a time, a size) or higher is better. */
  better?: 'lower' | 'higher';
  note?: string;
}

export const RESULTS_DIR = 'dist/bench';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; answers the median in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 21, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Writes one area's rows; scripts/bench.mjs collects every area into one table. */
export function record(area: string, rows: BenchRow[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/${area}.json`, JSON.stringify({ area, rows }, null, 2));
}

/**
 * In the page: when it set the mark `name` (ms from navigation start), waited for with a buffered
 * PerformanceObserver. Runs in the page (Playwright's or Puppeteer's `evaluate`), so it names nothing
 * outside itself.
 */
export function markSeen(name: string): Promise<number> {
  return new Promise<number>((resolve) => {
    const seen = (entries: PerformanceEntryList) => entries.find((entry) => entry.name === name);
    // window.performance: this file's `performance` is Node's, and the bundler would rename it here.
    const found = seen(window.performance.getEntriesByName(name));
    if (found) return resolve(found.startTime);
    new PerformanceObserver((list, observer) => {
      const entry = seen(list.getEntries());
      if (!entry) return;
      observer.disconnect();
      resolve(entry.startTime);
    }).observe({ type: 'mark', buffered: true });
  });
}

/**
 * When the page set `mark` (ms from navigation start), waited for inside the page (markSeen):
 * Playwright's waitForFunction would inject its large helper script and poll on the page's thread while
 * the page is still rendering, and the figure would include that.
 */
export function markTime(page: Page, mark: string): Promise<number> {
  return page.evaluate(markSeen, mark);
}
