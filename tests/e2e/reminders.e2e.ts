/**
 * Reminders in Chromium: the welcome page on install, the badge's count, one notification per follow-up
 * even when the same log is imported twice, and silence with reminders off. Build first (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFile, PRIYA } from '../support/backup-file';
import { type Extension, launchExtension } from './harness';

const HOUR = 3_600_000;
/** Priya's window opened days ago (due now); Avery, an executive met an hour ago, is days away. */
function backupAt(now: number) {
  return backupFile(
    [
      {
        id: 'iv-past',
        company: 'Contoso Health',
        role: 'Product Manager',
        at: new Date(now - 72 * HOUR).toISOString(),
        interviewers: [PRIYA],
      },
      {
        id: 'iv-recent',
        company: 'Globex',
        role: 'Product Lead',
        at: new Date(now - HOUR).toISOString(),
        interviewers: [{ id: 'a-1', name: 'Avery Stone', role: 'executive' }],
      },
    ],
    {},
    now,
  );
}

describe('reminders in Chromium', () => {
  let ext: Extension;
  const log = backupAt(Date.now());
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const badgeText = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));
  const notifications = () => ext.worker.evaluate(() => chrome.notifications.getAll());
  const nextAlarm = () =>
    ext.worker.evaluate(async () => (await chrome.alarms.get('connect-coach-next'))?.scheduledTime ?? null);

  it('opens the welcome page when installed', async () => {
    await expect
      .poll(() => ext.context.pages().map((page) => page.url()))
      .toContainEqual(expect.stringMatching(/\/src\/options\/options\.html#welcome$/));
  });

  it('counts the one follow-up due on the badge and notifies it once', async () => {
    expect(await ext.send({ type: 'backup/import', backup: log, mode: 'replace' })).toEqual({ ok: true });
    await expect.poll(badgeText).toBe('1');
    await expect.poll(notifications).toEqual({ 'connect-coach:person:iv-past:p-1': true });
    expect(await ext.worker.evaluate(() => chrome.action.getTitle({}))).toBe(
      'Connect Coach — 1 follow-up due',
    );
    expect(
      await ext.worker.evaluate(async () => (await chrome.alarms.get('connect-coach-plan'))?.periodInMinutes),
    ).toBe(15);
  });

  it('does not notify it again when the same log is imported again', async () => {
    await ext.send({ type: 'backup/import', backup: log, mode: 'replace' });
    expect(Object.keys(await notifications())).toHaveLength(1);

    // Dismiss it, import once more, then make one more change whose recompute is visible (a sooner next
    // alarm): recomputes run in order, so by then the import's has run too, and must not have notified.
    await ext.worker.evaluate(() => chrome.notifications.clear('connect-coach:person:iv-past:p-1'));
    await ext.send({ type: 'backup/import', backup: log, mode: 'replace' });
    const before = await nextAlarm();
    const sooner = {
      id: 'iv-sentinel',
      company: 'Initech',
      role: 'Analyst',
      at: new Date(Date.now() - HOUR).toISOString(),
      interviewers: [{ id: 's-1', name: 'Sam Lee', role: 'recruiter' }],
    };
    expect(await ext.send({ type: 'interview/put', interview: sooner })).toMatchObject({ ok: true });
    await expect.poll(nextAlarm).not.toBe(before);
    expect(await notifications()).toEqual({});
    expect(await badgeText()).toBe('1');
  });

  it('shows an empty badge once reminders are switched off', async () => {
    await ext.send({ type: 'settings/patch', patch: { reminders: false } });
    await expect.poll(badgeText).toBe('');
    expect(await notifications()).toEqual({});
  });

  it('makes no request anywhere', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});
