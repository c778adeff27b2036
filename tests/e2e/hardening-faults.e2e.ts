/**
 * Faults: the service worker stopped after a counted number of acknowledged writes with more in flight
 * (never at a moment picked by a clock), through Chromium's own controls
 * (DevTools protocol: `ServiceWorker.stopAllWorkers`, and closing the worker's target with
 * `Target.closeTarget`; both stop it). Every write the background acknowledged is in the log afterwards;
 * writes that were in flight when it died may fail, but none that answered `{ ok: true }` is lost. And
 * the popup and options page open and show the log while the worker is stopped (MV3 starts it again for
 * their first message).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFile } from '../support/backup-file';
import { type Extension, launchExtension } from './harness';

const DAY = 86_400_000;
const log = () =>
  backupFile([
    {
      id: 'iv-1',
      company: 'Contoso Health',
      role: 'Product Manager',
      // Five days on, a hiring manager's window is open at any hour (it opens at 09:00 on the third day).
      at: new Date(Date.now() - 5 * DAY).toISOString(),
      topics: ['patient onboarding'],
      interviewers: [
        { id: 'p-1', name: 'Priya Natarajan', profileUrl: 'https://www.linkedin.com/in/priya-natarajan/' },
      ],
    },
  ]);

type Stop = 'ServiceWorker.stopAllWorkers' | 'Target.closeTarget';

/** Watches the extension's worker through an extension page's DevTools session, and stops it. */
async function workerControls(page: Page, ext: Extension) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.includes(ext.id)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    statuses,
    async stop(how: Stop) {
      const from = statuses.length;
      if (how === 'ServiceWorker.stopAllWorkers') await cdp.send('ServiceWorker.stopAllWorkers');
      else {
        const { targetInfos } = await cdp.send('Target.getTargets');
        const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.id));
        if (!worker) throw new Error('no service worker target to close');
        await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      }
      await expect.poll(() => statuses.slice(from)).toContain('stopped');
    },
  };
}

const touchAt = (i: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, i)).toISOString();
type Outcome = { ok: boolean } | undefined;

/**
 * Sends writes `from`..`to - 1` from the page, each outcome kept in `window.outcomes[i]`. With `wait`,
 * one after another, each acknowledged before the next is sent; without, all at once, left in flight.
 */
function send(page: Page, kind: 'touch' | 'put', from: number, to: number, wait: boolean) {
  const times = Array.from({ length: to - from }, (_, n) => touchAt(from + n));
  return page.evaluate(
    async ([kind, from, times, wait]) => {
      const w = window as unknown as { outcomes?: ({ ok: boolean } | undefined)[] };
      w.outcomes ??= [];
      const outcomes = w.outcomes;
      const one = (i: number, at: string) => {
        const message =
          kind === 'touch'
            ? {
                type: 'interviewer/touch',
                interviewId: 'iv-1',
                interviewerId: 'p-1',
                touch: { at, kind: 'message' },
              }
            : {
                type: 'interview/put',
                interview: { id: `w-${i}`, company: `Company ${i}`, role: 'Designer', at },
              };
        return chrome.runtime.sendMessage(message).then(
          (answer) => (outcomes[i] = { ok: answer?.ok === true }),
          () => (outcomes[i] = { ok: false }),
        );
      };
      if (!wait) {
        times.forEach((at, n) => void one(from + n, at));
        return;
      }
      for (const [n, at] of times.entries()) await one(from + n, at);
    },
    [kind, from, times, wait] as const,
  );
}

const outcomes = (page: Page) =>
  page.evaluate(() => (window as unknown as { outcomes: Outcome[] }).outcomes ?? []);

describe('faults: the service worker stopped by the browser', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    ext.serve('/in/priya-natarajan/', 'sdui-connect.html');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each<[Stop, 'touch' | 'put']>([
    ['ServiceWorker.stopAllWorkers', 'touch'],
    ['Target.closeTarget', 'put'],
  ])(
    'stopped by %s after 20 acknowledged %s writes, 40 in flight: none acknowledged is lost',
    async (how, kind) => {
      expect(await ext.send({ type: 'backup/import', backup: log(), mode: 'replace' })).toEqual({ ok: true });
      const page = await ext.openPage('src/options/options.html#settings');
      const worker = await workerControls(page, ext);

      // Counted, not timed: 20 writes acknowledged, then 40 sent at once, then the worker stopped while
      // those are in flight (each may or may not have been written: the promise is only about answers).
      await send(page, kind, 0, 20, true);
      expect((await outcomes(page)).filter((r) => r?.ok)).toHaveLength(20);
      await send(page, kind, 20, 60, false);
      await worker.stop(how);
      // 20 more, one by one: the browser starts the worker again for the first of them.
      await send(page, kind, 60, 80, true);
      await expect
        .poll(async () => (await outcomes(page)).filter(Boolean).length, { timeout: 30_000 })
        .toBe(80);

      const results = await outcomes(page);
      expect(results.slice(60).every((r) => r?.ok)).toBe(true);
      expect(worker.statuses.slice(worker.statuses.lastIndexOf('stopped'))).toContain('running');
      const acked = results.flatMap((r, i) => (r?.ok ? [i] : []));
      const out = await ext.send<{
        backup: { interviews: { id: string; interviewers: { touches: { at: string }[] }[] }[] };
      }>({ type: 'backup/export' });
      const saved =
        kind === 'touch'
          ? (out.backup.interviews.find((it) => it.id === 'iv-1')?.interviewers[0]?.touches ?? []).map(
              (t) => t.at,
            )
          : out.backup.interviews.map((it) => it.id);
      const wanted = acked.map((i) => (kind === 'touch' ? touchAt(i) : `w-${i}`));
      expect(wanted.filter((key) => !saved.includes(key))).toEqual([]);
      expect(new Set(saved).size).toBe(saved.length); // and none written twice
      await page.close();
    },
  );

  it('the popup and the options page open and show the log while the worker is stopped', async () => {
    expect(await ext.send({ type: 'backup/import', backup: log(), mode: 'replace' })).toEqual({ ok: true });
    // The popup reads this tab's address; nothing here waits on the page's own script.
    const linkedIn = await ext.context.newPage();
    await linkedIn.goto('https://www.linkedin.com/in/priya-natarajan/');
    const tabId = await ext.tabIdOf(linkedIn);

    const host = await ext.openPage('src/options/options.html#backup');
    const worker = await workerControls(host, ext);
    await worker.stop('ServiceWorker.stopAllWorkers');
    expect(worker.statuses.at(-1)).toBe('stopped');

    const popup = await ext.openPage(`src/popup/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('heading', { name: 'Priya Natarajan' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Copy', exact: true }).count()).toBe(1);
    const options = await ext.openPage('src/options/options.html#interviews');
    await expect.poll(() => options.getByText('Contoso Health').count()).toBeGreaterThan(0);
    // They were answered by a worker the browser started again for them.
    expect(worker.statuses.slice(worker.statuses.lastIndexOf('stopped'))).toContain('running');
    for (const page of [popup, options, host, linkedIn]) await page.close();
  });

  it('made no network request', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
