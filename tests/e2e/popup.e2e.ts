/**
 * The toolbar popup, opened in a tab for a LinkedIn tab (`popup.html?tab=<id>`): on a logged
 * interviewer's profile, on someone new, on one's own profile and elsewhere. The LinkedIn page only ever
 * gets the person's own clicks; our one action there is "Insert into LinkedIn".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness';
import {
  expectCleanFlow,
  fixtureConfig,
  importLog,
  inviteOf,
  LABELS,
  logWith,
  waitForReading,
} from './linkedin-kit';
import { allowExtensionPages, openPopup, seriousViolations } from './popup-kit';

const priya = fixtureConfig('sdui-connect.html');
const avery = fixtureConfig('ember-connect.html');
const own = fixtureConfig('sdui-own-bare.html');
const DAY = 86_400_000;

async function linkedIn(ext: Extension, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  await waitForReading(ext, page);
  return page;
}

async function exported(ext: Extension) {
  type Log = {
    interviews: {
      company: string;
      interviewers: { name: string; title?: string; profileUrl?: string; draft?: string }[];
    }[];
  };
  return (await ext.send<{ backup: Log }>({ type: 'backup/export' })).backup;
}

describe('the popup', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    await allowExtensionPages(ext);
    ext.serve(priya.path, 'sdui-connect.html');
    ext.serve(avery.path, 'ember-connect.html');
    ext.serve(own.path, 'sdui-own-bare.html');
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await ext?.close();
  });

  describe('on a logged interviewer’s profile', () => {
    let page: Page;
    let popup: Page;

    it('names the person and shows the verdict, its reasons and the window as text', async () => {
      await importLog(ext, logWith([priya.person]));
      page = await linkedIn(ext, priya.path);
      popup = await openPopup(ext, page);
      expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Priya Natarajan');
      expect(await popup.locator('.verdict-badge').textContent()).toBe('Send now');
      // The reasons and the window are details, behind disclosures under the decision.
      await popup.locator('summary', { hasText: 'Why' }).click();
      expect(await popup.getByRole('list', { name: 'Why' }).getByRole('listitem').count()).toBeGreaterThan(0);
      await popup.locator('summary', { hasText: 'Your window' }).click();
      const moments = await popup.locator('.timeline-list li').allTextContents();
      expect(moments.map((m) => m.replace(/\s.*$/, ''))).toEqual([
        'Interview',
        'Window',
        'Ideally',
        'Now',
        'Late',
      ]);
      // One date style on every surface: "Thursday 19 November, 09:00".
      expect(moments.join('\n')).toMatch(/\b[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+, \d\d:\d\d/);
    });

    it('offers the same draft as the page’s helper, counted against the account’s limit', async () => {
      // What the page's helper holds: the background's answer to its reading (page/reading is taken
      // only from the LinkedIn tab itself).
      const { answer } = await waitForReading(ext, page);
      if (!answer) throw new Error('the page’s helper has no answer');
      const note = popup.getByLabel('Note to Priya Natarajan');
      expect(await note.inputValue()).toBe(answer.draft);
      expect(await popup.locator('.note-count').textContent()).toBe(
        `${answer.draft.length} / 200 characters`,
      );
    });

    it('has no serious accessibility problem, light or dark, and is photographed in both', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(popup), scheme).toEqual([]);
        const suffix = scheme === 'dark' ? '-dark' : '';
        await popup.screenshot({ path: `docs/screenshots/popup-profile${suffix}.png`, fullPage: true });
      }
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it('copies the note', async () => {
      await popup.getByRole('button', { name: 'Copy', exact: true }).click();
      await expect.poll(() => popup.locator('.action-status').textContent()).toBe('Copied');
      const note = await popup.getByLabel('Note to Priya Natarajan').inputValue();
      expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(note);
    });

    it('can be used from the keyboard in reading order, each stop visibly focused', async () => {
      await popup.bringToFront();
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const inOrder = [
        popup.locator('summary', { hasText: 'Why' }),
        popup.getByLabel('Note to Priya Natarajan'),
        popup.getByRole('button', { name: 'Copy', exact: true }),
        popup.getByRole('button', { name: 'Mark as sent' }),
        popup.locator('summary', { hasText: 'Change the tone or wording' }),
        popup.locator('summary', { hasText: 'Your window' }),
        popup.getByRole('button', { name: 'All follow-ups and settings' }),
      ];
      for (const control of inOrder) {
        let presses = 0;
        while (!(await control.evaluate((el) => el === document.activeElement)) && presses++ < 20) {
          await popup.keyboard.press('Tab');
        }
        expect(presses, String(control)).toBeLessThan(20);
        expect(await control.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      }
    });

    it('marks live lint findings and saves edits as the draft', async () => {
      const note = popup.getByLabel('Note to Priya Natarajan');
      await note.fill('Hi Priya, any update on my application? I am waiting for your decision.');
      await expect.poll(() => popup.locator('.finding-error').count()).toBeGreaterThan(0);
      expect(await note.getAttribute('aria-invalid')).toBe('true');
      await expect
        .poll(async () => (await exported(ext)).interviews[0]?.interviewers[0]?.draft)
        .toBe('Hi Priya, any update on my application? I am waiting for your decision.');
      await popup.locator('summary', { hasText: 'Change the tone or wording' }).click();
      await popup.getByRole('button', { name: 'Another wording' }).click();
      await expect.poll(() => popup.locator('.finding-error').count()).toBe(0);
    });

    it('checks spelling in a worker: the dictionary never loads on the popup’s thread', async () => {
      const note = popup.getByLabel('Note to Priya Natarajan');
      await note.fill('Hi Priya, thank you for the intresting talk about the roadmap.');
      await expect
        .poll(() => popup.locator('.finding-warning').allTextContents())
        .toContainEqual(expect.stringContaining('"intresting" may be misspelt'));
      const scripts = await popup.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      );
      expect(scripts.filter((name) => /misspelt|spelling\.ts|\/spelling\.js/.test(name))).toEqual([]);
      await popup.getByRole('button', { name: 'Another wording' }).click();
      await expect
        .poll(() => popup.locator('.finding-warning', { hasText: 'may be misspelt' }).count())
        .toBe(0);
    });

    it('refuses to insert into a rail person’s invitation, and says why', async () => {
      const insert = popup.getByRole('button', { name: 'Insert into LinkedIn' });
      const t = LABELS[priya.lang];
      const other = priya.people[priya.rail[0]!]!;
      await page.bringToFront();
      await page.locator('aside').getByLabel(t.invite(other.name), { exact: true }).first().click();
      await page.getByRole('button', { name: t.addNote, exact: true }).click();
      await popup.bringToFront();
      await expect.poll(() => insert.isEnabled()).toBe(true);
      await insert.click();
      await expect
        .poll(() => popup.locator('.action-status').textContent())
        .toBe(
          'Nothing inserted: the invitation open on LinkedIn is for someone else, not Priya Natarajan. ' +
            'Close it, then press Connect in Priya Natarajan’s own profile card.',
        );
      const box = page.locator('#interop-outlet').locator('#custom-message');
      expect(await box.inputValue()).toBe('');
      // Closed again, for the next test to open Priya's own.
      await page.getByRole('button', { name: t.cancelLabel, exact: true }).click();
      await expect.poll(() => box.count()).toBe(0);
      await popup.bringToFront();
      await expect.poll(() => insert.isDisabled()).toBe(true);
      await expectCleanFlow(ext, page);
    });

    it('inserts the note into LinkedIn’s open box, and only then', async () => {
      const insert = popup.getByRole('button', { name: 'Insert into LinkedIn' });
      expect(await insert.isDisabled()).toBe(true);
      const t = LABELS[priya.lang];
      await page.bringToFront();
      await page
        .getByLabel(t.invite(priya.person.name), { exact: true })
        .filter({ visible: true })
        .first()
        .click();
      await page.getByRole('button', { name: t.addNote, exact: true }).click();
      await popup.bringToFront();
      await expect.poll(() => insert.isEnabled()).toBe(true);
      const note = await popup.getByLabel('Note to Priya Natarajan').inputValue();
      await insert.click();
      await expect.poll(() => popup.locator('.action-status').textContent()).toMatch(/in LinkedIn’s box/);
      const box = page.locator('#interop-outlet').locator('#custom-message');
      expect(await box.inputValue()).toBe(note);
      await expectCleanFlow(ext, page);
    });

    it('marks the invitation as sent with the note', async () => {
      const note = await popup.getByLabel('Note to Priya Natarajan').inputValue();
      await popup.getByRole('button', { name: 'Mark as sent' }).click();
      await expect.poll(() => popup.locator('.verdict-badge').textContent()).toBe('Request sent');
      expect(await popup.locator('.change-line').textContent()).toMatch(/Marked as sent.*Undo/);
      expect(await inviteOf(ext, priya.slug)).toMatchObject({ state: 'sent', note });
    });
  });

  describe('on a profile not in the log', () => {
    it('adds the person to a new interview, prefilled from the page', async () => {
      await importLog(ext, logWith([priya.person]));
      const page = await linkedIn(ext, avery.path);
      const popup = await openPopup(ext, page);
      expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Add to an interview');
      expect(await popup.getByLabel('Name').inputValue()).toBe(avery.person.name);
      expect(await popup.getByLabel('Their job title').inputValue()).toMatch(/\w/);
      expect(await popup.getByLabel('Interview', { exact: true }).inputValue()).toBe('new');
      expect(await popup.getByLabel('Company').inputValue()).toBe(avery.person.company);

      await popup.getByRole('button', { name: 'Add to the interview' }).click();
      expect(await popup.getByLabel('Job title you interviewed for').getAttribute('aria-invalid')).toBe(
        'true',
      );
      await popup.getByLabel('Job title you interviewed for').fill('Engineering Manager');
      await popup.getByLabel('Date and time of the interview').fill('2026-03-09T14:00');
      await popup.getByRole('button', { name: 'Add to the interview' }).click();

      await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe(avery.person.name);
      const log = await exported(ext);
      const added = log.interviews.find((i) => i.company === avery.person.company);
      expect(added?.interviewers).toMatchObject([
        { name: avery.person.name, profileUrl: `https://www.linkedin.com/in/${avery.slug}/` },
      ]);
      expect(await seriousViolations(popup)).toEqual([]);
    });
  });

  describe('on one’s own profile', () => {
    it('says the checklist was read from this page and what is missing', async () => {
      await importLog(ext, logWith([priya.person], { profile: {} }));
      const page = await linkedIn(ext, own.path);
      const popup = await openPopup(ext, page);
      expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Your profile');
      expect(await popup.getByText(/read your profile checklist from this page/).count()).toBe(1);
      expect(await popup.getByRole('list', { name: 'Profile checklist' }).getByRole('listitem').count()).toBe(
        4,
      );
    });
  });

  describe('elsewhere', () => {
    it('lists what is due now and what comes next', async () => {
      const log = logWith([priya.person]);
      // Four days on, a hiring manager's window is open and no nudge is due yet: "connect".
      log.interviews[0]!.at = new Date(Date.now() - 4 * DAY).toISOString();
      log.interviews.push({
        id: 'iv-2',
        company: 'Tailspin Toys',
        role: 'Head of Product',
        at: new Date(Date.now() - DAY / 2).toISOString(),
        topics: [],
        interviewers: [
          { id: 'p-lena', name: 'Lena Fischer', profileUrl: 'https://www.linkedin.com/in/lena-fischer/' },
        ],
      });
      await importLog(ext, log);
      const popup = await openPopup(ext);
      expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Due now');
      const [due, next] = await popup.locator('.due-list').all();
      expect(await due!.textContent()).toMatch(/Connect with Priya Natarajan.*Contoso Health · due/);
      expect(await next!.textContent()).toMatch(/Lena Fischer.*Tailspin Toys · from /);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(popup), scheme).toEqual([]);
      }
      expect(ext.strayRequests).toEqual([]);
    });
  });
});
