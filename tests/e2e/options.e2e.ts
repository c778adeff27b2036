/**
 * The options page in Chromium with the built extension: adding an interview by keyboard alone, editing,
 * deleting with undo, backup round trip through the page, a bad file refused, the follow-ups of a log,
 * accessibility in light and dark, and screenshots for docs/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../src/core/model';
import {
  focusLandsOn,
  logAround,
  seriousViolations,
  tabTo,
  typeDateTime,
  withoutExportTime,
} from '../options/e2e-kit';
import { type Extension, launchExtension } from './harness';

const OPTIONS = 'src/options/options.html';
const SHOTS = 'docs/screenshots';
type Exported = { ok: true; backup: Backup };

describe('the options page', () => {
  let ext: Extension;
  let page: Page;
  const exported = () => ext.send<Exported>({ type: 'backup/export' });

  beforeAll(async () => {
    ext = await launchExtension();
    // The harness fails every request but LinkedIn's fixtures; an extension page must still load its own files.
    await ext.context.route(/^chrome-extension:\/\//, (route) => route.continue());
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await ext?.close();
  });
  beforeEach(async () => {
    await page?.close();
    expect(await ext.send({ type: 'store/wipe' })).toEqual({ ok: true });
  });

  async function open(hash: string) {
    page = await ext.openPage(`${OPTIONS}#${hash}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main').getByText('Loading your log').waitFor({ state: 'detached' });
    return page;
  }

  it('adds an interview with two interviewers by keyboard alone', async () => {
    await open('interviews');
    const when = new Date();
    when.setDate(when.getDate() - 1);
    when.setHours(14, 30, 0, 0);

    await tabTo(page, /Add an interview/);
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'company'); // focus goes straight to the first field
    await page.keyboard.type('Contoso Health');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Product Manager');
    await page.keyboard.press('Tab');
    await typeDateTime(page, when);
    await tabTo(page, /^p-0-name/);
    await page.keyboard.type('Priya Natarajan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Talent Partner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Recruiter'); // a closed select picks the option typed
    await tabTo(page, /LinkedIn profile/);
    await page.keyboard.type('de.linkedin.com/in/Priya-Natarajan?trk=public_profile');
    await tabTo(page, /Add an interviewer/);
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'p-1-name'); // the new row's name has focus
    await page.keyboard.type('Sam Okafor');
    await tabTo(page, /Save interview/);
    await page.screenshot({ path: `${SHOTS}/options-interview-form.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Saved: Product Manager at Contoso Health.').waitFor();

    const { backup } = await exported();
    expect(backup.interviews).toHaveLength(1);
    const [interview] = backup.interviews;
    expect(new Date(interview!.at).getTime()).toBe(when.getTime());
    expect(interview!.interviewers).toMatchObject([
      {
        name: 'Priya Natarajan',
        title: 'Talent Partner',
        role: 'recruiter',
        profileUrl: 'https://www.linkedin.com/in/priya-natarajan/',
      },
      { name: 'Sam Okafor', role: 'hiring-manager' },
    ]);
    await expect(page.locator('.interviews').textContent()).resolves.toContain('Sam Okafor');
  });

  it('says what is wrong next to each field and saves nothing', async () => {
    await open('interviews/new');
    await page.getByLabel('Date and time of the interview').fill('1900-03-09T10:00');
    await page.getByLabel('Name').fill('Priya');
    await page.getByLabel('LinkedIn profile').fill('https://www.linkedin.com/company/contoso/');
    await page.getByRole('button', { name: 'Save interview' }).click();
    const company = page.getByLabel('Company', { exact: true });
    await expect(company.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(company.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const messageOf = (label: string) =>
      page.getByLabel(label, { exact: true }).evaluate((el) => {
        const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      });
    await expect(messageOf('Company')).resolves.toContain('Enter the company.');
    await expect(messageOf('Date and time of the interview')).resolves.toMatch(
      /That date looks wrong: .*1900/,
    );
    await expect(messageOf('LinkedIn profile')).resolves.toMatch(/isn't a LinkedIn profile address/);
    await page.screenshot({ path: `${SHOTS}/options-interview-form-errors.png`, fullPage: true });
    expect((await exported()).backup.interviews).toEqual([]);
  });

  it('edits an interview, and deletes it with an undo that puts it back exactly', async () => {
    await ext.send({ type: 'backup/import', backup: logAround(Date.now()), mode: 'replace' });
    await open('interviews');
    await page.getByRole('link', { name: 'Edit the interview at Northwind' }).click();
    await page.getByLabel('Job title you interviewed for').fill('Head of Product');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved: Head of Product at Northwind.').waitFor();
    const before = await exported();
    expect(before.backup.interviews.find((iv) => iv.id === 'iv-next')?.role).toBe('Head of Product');

    await page.getByRole('button', { name: 'Delete the interview at Fabrikam' }).click();
    const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    await expect(undo.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect((await exported()).backup.interviews.map((iv) => iv.id)).not.toContain('iv-old');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Put back: Senior PM at Fabrikam.').waitFor();
    expect(sortById(withoutExportTime(await exported()))).toEqual(sortById(withoutExportTime(before)));
  });

  it('exports to a dated file and imports it back through the page, with a preview first', async () => {
    await ext.send({ type: 'backup/import', backup: logAround(Date.now()), mode: 'replace' });
    const original = await exported();
    await open('backup');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^connect-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(withoutExportTime({ backup: JSON.parse(file) })).toEqual(withoutExportTime(original));

    await page.getByRole('button', { name: 'Erase everything…' }).click();
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything', exact: true }).click();
    await page.getByRole('status').getByText('Everything was erased').waitFor();
    expect((await exported()).backup.interviews).toEqual([]);

    await page.getByLabel("Replace: your log becomes exactly the file's").check();
    await page.getByLabel('Choose a backup file to import').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    const preview = page.locator('.preview');
    await preview.getByText('3 interviews added').waitFor();
    expect((await exported()).backup.interviews).toEqual([]); // a preview changes nothing
    // A replace is typed, like Erase: the button waits for the word.
    expect(await preview.getByRole('button', { name: 'Import (replace)' }).isDisabled()).toBe(true);
    await preview.getByLabel('Type REPLACE to confirm').fill('REPLACE');
    await preview.getByRole('button', { name: 'Import (replace)' }).click();
    await page.getByRole('status').getByText('Backup imported.').waitFor();
    expect(withoutExportTime(await exported())).toEqual(withoutExportTime(original));
  });

  it.each([
    ['a file that is not JSON', 'hello, this is not a backup', /isn't a Connect Coach backup/],
    [
      'JSON from somewhere else',
      '{"format":"other-app","version":1}',
      /can't be imported\. .+ Nothing was changed\./,
    ],
  ])('refuses %s with a clear message and leaves the log as it was', async (_case, content, message) => {
    await ext.send({ type: 'backup/import', backup: logAround(Date.now()), mode: 'replace' });
    const before = await exported();
    await open('backup');
    await page.getByLabel('Choose a backup file to import').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    const alert = page.getByRole('alert');
    await alert.getByText(message).waitFor();
    await expect(page.locator('.preview').count()).resolves.toBe(0);
    expect(withoutExportTime(await exported())).toEqual(withoutExportTime(before));
  });

  it('shows what is due, upcoming, waiting and connected for an imported log, and logs a touch', async () => {
    await ext.send({ type: 'backup/import', backup: logAround(Date.now()), mode: 'replace' });
    await open('follow-ups');
    const group = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
    await expect(group('Due now').textContent()).resolves.toMatch(/Connect with Priya Natarajan/);
    await expect(group('Upcoming').textContent()).resolves.toMatch(
      /Lee Chen.*in 3 days|Lee Chen.*in \d+ days/,
    );
    await expect(group('Waiting on them').textContent()).resolves.toMatch(/Jordan Lee.*10 days ago/);
    await expect(group('Connected').textContent()).resolves.toMatch(/Maria Garcia.*Next touch/);
    const link = group('Due now').getByRole('link', { name: /Priya Natarajan/ });
    await expect(link.getAttribute('href')).resolves.toBe('https://www.linkedin.com/in/priya-natarajan/');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noreferrer');
    await page.screenshot({ path: `${SHOTS}/options-follow-ups.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/options-follow-ups-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    const connected = group('Connected');
    await connected.getByLabel('How you were in touch with Maria Garcia').selectOption('call');
    await connected.getByLabel(/They replied/).check();
    await connected.getByRole('button', { name: 'Log touch with Maria Garcia' }).click();
    await page.getByRole('status').getByText('Logged: call with Maria Garcia, who replied.').waitFor();
    const maria = (await exported()).backup.interviews
      .find((iv) => iv.id === 'iv-old')
      ?.interviewers.find((p) => p.id === 'p-conn');
    expect(maria?.touches.map((t) => [t.kind, t.replied])).toEqual([
      ['message', true],
      ['call', true],
    ]);
  });

  it('welcomes a new user with the promises and the checklist, then starts on the form', async () => {
    await open('welcome');
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toMatch(/Nothing leaves your browser/);
    await expect(main.textContent()).resolves.toMatch(/never sends/);
    await page.getByLabel('Your name').fill('Alex Kim');
    await page.getByLabel('Your name').blur();
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect((await exported()).backup.settings.yourName).toBe('Alex Kim');
    // Each part is answered, and "not sure" is an answer of its own, never read as "missing".
    expect(await page.getByLabel('A profile photo').locator('option').allTextContents()).toEqual([
      'It’s there',
      'Not yet',
      'Not sure',
    ]);
    await page.getByLabel('A profile photo').selectOption('true');
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect((await exported()).backup.settings.profile.photo).toBe(true);
    await page.getByRole('link', { name: 'Add your first interview' }).click();
    await page.getByLabel('Company', { exact: true }).waitFor();
    await expect(
      page.getByLabel('Company', { exact: true }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
  });

  it('keeps a 10,000-character name inside the page', async () => {
    const log = logAround(Date.now());
    log.interviews[0]!.interviewers[0]!.name = 'W'.repeat(10_000);
    log.interviews[0]!.company = 'C'.repeat(10_000);
    await ext.send({ type: 'backup/import', backup: log, mode: 'replace' });
    for (const hash of ['follow-ups', 'interviews', 'interviews/edit/iv-due']) {
      await open(hash);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, hash).toBeLessThanOrEqual(0);
    }
  });

  it('has no serious or critical accessibility violation in any section, light or dark', async () => {
    await ext.send({ type: 'backup/import', backup: logAround(Date.now()), mode: 'replace' });
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const hash of [
        'follow-ups',
        'interviews',
        'interviews/new',
        'profile',
        'settings',
        'backup',
        'welcome',
      ]) {
        await open(hash);
        await page.emulateMedia({ colorScheme: scheme });
        if (hash === 'interviews/new') {
          await page.getByRole('button', { name: 'Save interview' }).click(); // with its error messages
        }
        if (hash === 'backup') await page.getByRole('button', { name: 'Erase everything…' }).click();
        found.push(...(await seriousViolations(page)).map((v) => `${scheme} #${hash}: ${v}`));
      }
    }
    expect(found).toEqual([]);
  }, 300_000 /* fourteen axe runs, each up to ~15 s on a busy machine */);

  it('makes no network request', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});

function sortById(backup: Record<string, unknown>) {
  const interviews = [...(backup.interviews as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  return { ...backup, interviews };
}
