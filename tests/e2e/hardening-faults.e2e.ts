/**
 * Faults: the service worker stopped in the middle of a burst of writes, through Chromium's own controls
 * (DevTools protocol: `ServiceWorker.stopAllWorkers`, and closing the worker's target with
 * `Target.closeTarget`; both stop it). Every write the background acknowledged is in the log afterwards;
 * writes that were in flight when it died may fail, but none that answered `{ ok: true }` is lost. And
 * the popup and options page open and show the log while the worker is stopped (MV3 starts it again for
 * their first message).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oursOn, personIsThere } from './cdp-kit';
import { type Extension, launchExtension } from './harness';

const DAY = 86_400_000;
const log = () => ({
  format: 'connect-coach-backup',
  version: 1,
  exportedAt: new Date().toISOString(),
  settings: {
    yourName: 'Alex Kim',
    profile: { photo: true, headline: true, currentRole: true, about: true },
  },
  interviews: [
    {
      id: 'iv-1',
      company: 'Contoso Health',
      role: 'Product Manager',
      at: new Date(Date.now() - 3 * DAY).toISOString(),
      topics: ['patient onboarding'],
      interviewers: [
        { id: 'p-1', name: 'Priya Natarajan', profileUrl: 'https://www.linkedin.com/in/priya-natarajan/' },
      ],
    },
  ],
});

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
      await expect.poll(() => statuses.slice(from), { timeout: 10_000 }).toContain('stopped');
    },
  };
}

const touchAt = (i: number) => new Date(Date.UTC(2026, 2, 10, 9, 0, i)).toISOString();

/** Fires 200 writes from the page, 3 ms apart, none awaited before the next; each outcome is kept. */
function fireBurst(page: Page, kind: 'touch' | 'put') {
  return page.evaluate(
    ([kind, times]) => {
      const results: ({ ok: boolean; t: number } | undefined)[] = [];
      (window as unknown as { burst: typeof results }).burst = results;
      times.forEach((at, i) => {
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
        setTimeout(() => {
          chrome.runtime.sendMessage(message).then(
            (answer) => (results[i] = { ok: answer?.ok === true, t: performance.now() }),
            () => (results[i] = { ok: false, t: performance.now() }),
          );
        }, i * 3);
      });
    },
    [kind, Array.from({ length: 200 }, (_, i) => touchAt(i))] as const,
  );
}

const outcomes = (page: Page) =>
  page.evaluate(() => (window as unknown as { burst: ({ ok: boolean; t: number } | undefined)[] }).burst);

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
  ])('stopped by %s during 200 %s writes: no acknowledged write is lost', async (how, kind) => {
    expect(await ext.send({ type: 'backup/import', backup: log(), mode: 'replace' })).toEqual({ ok: true });
    const page = await ext.openPage('src/options/options.html#settings');
    const worker = await workerControls(page, ext);

    await fireBurst(page, kind);
    await expect
      .poll(async () => (await outcomes(page)).filter((r) => r?.ok).length)
      .toBeGreaterThanOrEqual(30);
    const stopAt = await page.evaluate(() => performance.now());
    await worker.stop(how);
    const stoppedAt = await page.evaluate(() => performance.now());
    await expect
      .poll(async () => (await outcomes(page)).filter(Boolean).length, { timeout: 30_000 })
      .toBe(200);

    const results = await outcomes(page);
    const acked = results.flatMap((r, i) => (r?.ok ? [i] : []));
    // The stop fell in the middle: acknowledged writes before it and after the worker came back.
    expect(results.filter((r) => r?.ok && r.t < stopAt).length).toBeGreaterThan(0);
    expect(results.filter((r) => r?.ok && r.t > stoppedAt).length).toBeGreaterThan(0);

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
  });

  it('the popup and the options page open and show the log while the worker is stopped', async () => {
    expect(await ext.send({ type: 'backup/import', backup: log(), mode: 'replace' })).toEqual({ ok: true });
    const linkedIn = await ext.context.newPage();
    await linkedIn.goto('https://www.linkedin.com/in/priya-natarajan/');
    await expect
      .poll(
        async () => {
          await personIsThere(linkedIn); // our card shows after the person's own input
          return (await oursOn(linkedIn)).length;
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    const tabId = await ext.tabIdOf(linkedIn);

    const host = await ext.openPage('src/options/options.html#backup');
    const worker = await workerControls(host, ext);
    await worker.stop('ServiceWorker.stopAllWorkers');
    expect(worker.statuses.at(-1)).toBe('stopped');

    const popup = await ext.openPage(`src/popup/popup.html?tab=${tabId}`);
    await expect
      .poll(() => popup.getByRole('heading', { name: 'Priya Natarajan' }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await popup.getByRole('button', { name: 'Copy' }).count()).toBe(1);
    const options = await ext.openPage('src/options/options.html#interviews');
    await expect
      .poll(() => options.getByText('Contoso Health').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // They were answered by a worker the browser started again for them.
    expect(worker.statuses.slice(worker.statuses.lastIndexOf('stopped'))).toContain('running');
    for (const page of [popup, options, host, linkedIn]) await page.close();
  });

  it('made no network request', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
