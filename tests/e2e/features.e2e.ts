/**
 * The features beyond the peers, in Chromium with the built extension: the timing style and the notes a
 * month in Settings, the calendar and CSV exports (the downloaded files' content), the thank-you email
 * (mailto link, mark as sent), the note plan in Follow-ups and the popup, and the interviewer's email in
 * the interview form. The log is built around the real clock: the background and the pages read it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backup, InterviewInput } from '../../src/core/model';
import { seriousViolations } from '../options/e2e-kit';
import { type Extension, launchExtension } from './harness';
import { allowExtensionPages, openPopup } from './popup-kit';

const OPTIONS = 'src/options/options.html';
const SHOTS = 'docs/screenshots';
const DAY = 86_400_000;

/** Four days ago at 10:00 local: every window of a neutral interview is open, the thank-you email due. */
function interviewAt(daysAgo: number): string {
  const at = new Date(Date.now() - daysAgo * DAY);
  at.setHours(10, 0, 0, 0);
  return at.toISOString();
}

const log = (): InterviewInput[] => [
  {
    id: 'acme',
    company: 'Acme',
    role: 'Product Designer',
    at: interviewAt(4),
    topics: ['the design system migration'],
    interviewers: [
      {
        id: 'sam',
        name: 'Sam Ortiz',
        role: 'hiring-manager',
        email: 'sam@acme.test',
        profileUrl: 'https://www.linkedin.com/in/sam-ortiz/',
      },
      { id: 'dana', name: '=HYPERLINK("http://x.test","Dana")', role: 'recruiter' },
      { id: 'bjorn', name: 'Björn Lund', role: 'panel', email: 'bjorn@acme.test' },
    ],
  },
];

describe('notes plan, thank-you email, exports and timing style', () => {
  let ext: Extension;
  let page: Page;
  const stored = async () => (await ext.send<{ ok: true; backup: Backup }>({ type: 'backup/export' })).backup;

  beforeAll(async () => {
    ext = await launchExtension();
    await allowExtensionPages(ext);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await ext?.close();
  });
  beforeEach(async () => {
    await page?.close();
    expect(await ext.send({ type: 'store/wipe' })).toEqual({ ok: true });
    const backup = {
      format: 'connect-coach-backup',
      version: 1,
      exportedAt: new Date().toISOString(),
      settings: {
        yourName: 'Alex Kim',
        notesPerMonth: 2,
        profile: { photo: true, headline: true, currentRole: true, about: true },
      },
      interviews: log(),
    };
    expect(await ext.send({ type: 'backup/import', backup, mode: 'replace' })).toEqual({ ok: true });
  });

  async function open(hash: string) {
    page = await ext.openPage(`${OPTIONS}#${hash}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main').getByText('Loading your log').waitFor({ state: 'detached' });
    return page;
  }

  const fileOf = async (download: Download) => readFileSync((await download.path())!);

  it('Settings: "After the decision" holds every invitation but nothing else; the notes a month are saved', async () => {
    await open('follow-ups');
    const due = page.locator('[data-group="due-now"]');
    await expect.poll(() => due.locator('.action', { hasText: 'Sam Ortiz' }).count()).toBe(1);

    await page.goto(page.url().replace(/#.*$/, '#settings'));
    await page.getByRole('radio', { name: 'After the decision' }).check();
    await expect.poll(async () => (await stored()).settings.timingStyle).toBe('decision');
    expect(await seriousViolations(page)).toEqual([]);
    const notes = page.getByRole('spinbutton', { name: 'Personalised notes a month' });
    await notes.fill('3');
    await notes.press('Tab');
    await expect.poll(async () => (await stored()).settings.notesPerMonth).toBe(3);
    // Bad input changes nothing.
    await notes.fill('-4');
    await notes.press('Tab');
    await expect.poll(() => notes.inputValue()).toBe('3');
    expect((await stored()).settings.notesPerMonth).toBe(3);
    const timing = page.locator('fieldset', { hasText: 'When to send the invitation' });
    await timing.screenshot({ path: `${SHOTS}/features-timing-style.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await timing.screenshot({ path: `${SHOTS}/features-timing-style-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.goto(page.url().replace(/#.*$/, '#follow-ups'));
    await page.getByRole('heading', { name: 'Due now' }).waitFor();
    expect(await page.locator('[data-group="due-now"]').count()).toBe(0);
    expect(await page.getByText('Nothing is due right now.').count()).toBe(1);
    // The thank-you emails are etiquette's first step whatever the timing style.
    expect(await page.locator('[data-group="emails"] .item').count()).toBe(2);
  });

  it('Backup: Export calendar saves an .ics with stable UIDs, the zone and a reminder', async () => {
    await open('backup');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^connect-coach-follow-ups-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = (await fileOf(download)).toString('utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(5); // three LinkedIn follow-ups, two thank-you emails
    expect(text).toContain('UID:follow-up.acme.sam@connect-coach');
    expect(text).toContain('UID:thank-you-email.acme.sam@connect-coach');
    expect(text).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M/);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(text).toMatch(zone === 'UTC' ? /DTSTART:\d{8}T\d{6}Z/ : new RegExp(`DTSTART;TZID=${zone}:`));
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Saved 5 follow-ups to/);
  });

  it('Backup: Export CSV saves UTF-8 with a header row, formulas defused', async () => {
    await open('backup');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const bytes = await fileOf(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Company,Role,Interview at,Outcome,Interviewer,/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toContain('Björn Lund');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x.test"",""Dana"")"`);
    const exports = page.locator('section', { hasText: 'Calendar and spreadsheet' });
    await exports.screenshot({ path: `${SHOTS}/features-exports.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await exports.screenshot({ path: `${SHOTS}/features-exports-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Follow-ups: the thank-you email opens in the mail app with the draft and can be marked as sent', async () => {
    await open('follow-ups');
    const emails = page.locator('[data-group="emails"]');
    await emails.getByText('Thank-you email to').first().waitFor();
    const open_ = emails.getByRole('link', { name: /Open in mail app to write to Sam Ortiz/ });
    const href = (await open_.getAttribute('href'))!;
    expect(href).toMatch(/^mailto:sam@acme\.test\?subject=/);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).toMatch(
      /^Hi Sam,\n\nThank you for taking the time to talk with me about the Product Designer role at Acme\./,
    );
    expect(body).not.toMatch(/hear (?:back|from you)|decision|update/i);
    // The person's own edit goes into the link.
    const box = emails.getByRole('textbox', { name: 'Thank-you email to Sam Ortiz' });
    await box.fill(`${body}\n\nP.S. Thanks again.`);
    await expect
      .poll(async () => decodeURIComponent((await open_.getAttribute('href'))!))
      .toMatch(/P\.S\. Thanks again\.$/);

    await page.emulateMedia({ colorScheme: 'light' });
    await emails.screenshot({ path: `${SHOTS}/features-thank-you-email.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await emails.screenshot({ path: `${SHOTS}/features-thank-you-email-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await seriousViolations(page)).toEqual([]);

    await emails.getByRole('button', { name: 'Mark as sent (the email to Sam Ortiz)' }).click();
    await expect.poll(() => emails.locator('.action', { hasText: 'Sam Ortiz' }).count()).toBe(0);
    const sam = (await stored()).interviews[0]!.interviewers.find((person) => person.id === 'sam')!;
    expect(Date.now() - Date.parse(sam.thankYouEmailAt!)).toBeLessThan(60_000);
  });

  it("Follow-ups: this month's note plan, closest to the decision first; one follow-up to the calendar", async () => {
    await open('follow-ups');
    const plan = page.locator('[data-group="note-plan"]');
    await plan.waitFor();
    const rows = await plan.locator('.action').allTextContents();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      'With a note: Sam Ortiz (LinkedIn profile, opens in a new tab)',
      'With a note: Björn Lund',
      'Without a note: =HYPERLINK("http://x.test","Dana")',
    ]);
    expect(await plan.locator('.why').first().textContent()).toMatch(/closest to the decision/);
    await page
      .locator('section', { hasText: "This month's notes" })
      .screenshot({ path: `${SHOTS}/features-note-plan.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('section', { hasText: "This month's notes" }).screenshot({
      path: `${SHOTS}/features-note-plan-dark.png`,
    });
    await page.emulateMedia({ colorScheme: 'light' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to calendar (the follow-up with Sam Ortiz)' }).click(),
    ]);
    const text = (await fileOf(download)).toString('utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2); // the LinkedIn follow-up and the email for Sam
    expect(text).toContain('UID:follow-up.acme.sam@connect-coach');
    expect(text).not.toContain('bjorn');
  });

  it('the popup says how many notes are left this month and for whom', async () => {
    const popup = await openPopup(ext);
    await expect
      .poll(() => popup.locator('[data-note-plan]').textContent())
      .toBe('2 personalised notes left this month: for Sam Ortiz, then Björn Lund.');
    await popup.screenshot({ path: `${SHOTS}/features-popup-notes.png` });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SHOTS}/features-popup-notes-dark.png` });
    await popup.close();
  });

  it('the interview form takes an email, refuses one that is not, and keeps it', async () => {
    await open('interviews');
    await page.getByRole('link', { name: /Edit/ }).first().click();
    const email = page.getByRole('textbox', { name: /^Email/ }).nth(1);
    await email.fill('dana-at-acme');
    await page.getByRole('button', { name: /Save/ }).click();
    await page.getByText("That isn't an email address: it looks like name@company.com.").waitFor();
    expect((await stored()).interviews[0]!.interviewers[1]!.email).toBeUndefined();
    await email.fill('dana@acme.test');
    await page.getByRole('button', { name: /Save/ }).click();
    await expect
      .poll(async () => (await stored()).interviews[0]!.interviewers[1]!.email)
      .toBe('dana@acme.test');
  });
});
