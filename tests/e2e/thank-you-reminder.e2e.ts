/**
 * The thank-you email as a reminder, in Chromium with the built extension: two hours after an interview
 * the email to Sam is the one follow-up due, so the badge says 1 and one notification names it; the popup
 * lists it with Done, Snooze and Skip, and Done (the email marked as sent) clears the badge until Undo;
 * the Follow-ups page lists it with its draft, Snooze takes it off the badge until Undo, and Mark as sent
 * ends it for good. Build first (`npm run build`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup } from '../../src/core/model';
import { backupFile } from '../support/backup-file';
import { type Extension, launchExtension } from './harness';
import { allowExtensionPages, openPopup } from './popup-kit';

const HOUR = 3_600_000;
const EMAIL_NOTICE = 'connect-coach:email:acme:sam';

/** Sam, a hiring manager met two hours ago: the email is due, the LinkedIn window days away. */
const backup = () =>
  backupFile([
    {
      id: 'acme',
      company: 'Acme',
      role: 'Product Designer',
      at: new Date(Date.now() - 2 * HOUR).toISOString(),
      topics: ['the design system migration'],
      interviewers: [{ id: 'sam', name: 'Sam Ortiz', role: 'hiring-manager', email: 'sam@acme.test' }],
    },
  ]);

describe('the thank-you email in the reminders', () => {
  let ext: Extension;
  const badgeText = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));
  const notifications = () => ext.worker.evaluate(() => chrome.notifications.getAll());
  const sam = async () => {
    const { backup: log } = await ext.send<{ ok: true; backup: Backup }>({ type: 'backup/export' });
    return log.interviews[0]!.interviewers[0]!;
  };

  beforeAll(async () => {
    ext = await launchExtension();
    await allowExtensionPages(ext);
    expect(await ext.send({ type: 'backup/import', backup: backup(), mode: 'replace' })).toEqual({
      ok: true,
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('counts on the badge and is notified once, under its own name', async () => {
    await expect.poll(badgeText).toBe('1');
    expect(await ext.worker.evaluate(() => chrome.action.getTitle({}))).toBe(
      'Connect Coach — 1 follow-up due',
    );
    await expect.poll(notifications).toEqual({ [EMAIL_NOTICE]: true });
  });

  it('is in the popup’s due list; Done marks the email as sent, and Undo brings it back', async () => {
    const popup = await openPopup(ext);
    // The first list is what is due; the one after it, what comes up next (Sam's invitation).
    const due = popup.locator('.due-list').first().locator('.due-item');
    expect(await due.count()).toBe(1);
    const row = due.first();
    expect((await row.locator('.due-what').textContent())?.trim()).toBe(
      'Send a thank-you email to Sam Ortiz',
    );
    expect(await row.textContent()).toMatch(/Ideally by/);
    await row.getByRole('button', { name: /^Done/ }).click();
    await expect
      .poll(() => popup.locator('.change-line').textContent())
      .toMatch(/^Marked the thank-you email to Sam Ortiz as sent\.\s*Undo$/);
    await expect.poll(badgeText).toBe('');
    expect((await sam()).thankYouEmailAt).toBeDefined();
    await expect.poll(notifications).toEqual({});
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await sam()).thankYouEmailAt).toBeUndefined();
    await expect.poll(badgeText).toBe('1');
    await popup.close();
  });

  describe('on the Follow-ups page', () => {
    let page: Page;
    const emails = () => page.locator('[data-group="emails"]');
    beforeAll(async () => {
      page = await ext.openPage('src/options/options.html#follow-ups');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await emails().getByText('Thank-you email to').first().waitFor();
    });

    it('lists it with its draft, apart from the LinkedIn follow-up, which is upcoming', async () => {
      expect(await page.locator('#emails-title').textContent()).toMatch(/Thank-you emails\s*1/);
      expect(
        await emails().getByRole('textbox', { name: 'Thank-you email to Sam Ortiz' }).inputValue(),
      ).toMatch(/^Hi Sam,/);
      expect(await page.locator('[data-group="upcoming"]').textContent()).toMatch(/Connect with\s*Sam Ortiz/);
      expect(await page.locator('#due-now-title').textContent()).toMatch(/Due now\s*0/);
    });

    it('Snooze takes it off the badge until tomorrow; Undo puts it back', async () => {
      await emails().locator('summary', { hasText: 'Snooze' }).click();
      await emails().getByRole('button', { name: 'Tomorrow' }).click();
      await expect
        .poll(() => page.locator('.change-line').textContent())
        .toMatch(/^Snoozed until .*09:00\.\s*Undo$/);
      await expect.poll(badgeText).toBe('');
      expect(await emails().count()).toBe(0);
      expect(await page.locator('[data-group="upcoming"]').textContent()).toMatch(
        /Send a thank-you email to\s*Sam Ortiz/,
      );
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(badgeText).toBe('1');
      await emails().getByText('Thank-you email to').first().waitFor();
    });

    it('Mark as sent ends it: off the page, the badge and the screen', async () => {
      await emails().getByRole('button', { name: 'Mark as sent (the email to Sam Ortiz)' }).click();
      await expect
        .poll(() => page.locator('.change-line').textContent())
        .toMatch(/^Marked the thank-you email to Sam Ortiz as sent\.\s*Undo$/);
      await expect.poll(() => emails().count()).toBe(0);
      await expect.poll(badgeText).toBe('');
      await expect.poll(notifications).toEqual({});
      expect(Date.now() - Date.parse((await sam()).thankYouEmailAt!)).toBeLessThan(60_000);
    });
  });
});
