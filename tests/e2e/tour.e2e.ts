/**
 * A new user's first session, end to end: install (the welcome page opens), add an interview on the
 * options page, visit the interviewer's profile, read the helper, Connect → Add a note → Insert note →
 * Send (their own clicks), see the log record it, and see a reminder for the other interviewer who is
 * due. Writes the README's screenshots of the helper on LinkedIn's page and in its dialog.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup } from '../../src/core/model';
import { barOn, controlsOf, press } from './cdp-kit';
import { type Extension, launchExtension } from './harness';
import { waitForCard } from './linkedin-kit';

const SHOTS = 'docs/screenshots';
const DAY = 86_400_000;

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local input takes it. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

describe('a new user, from install to a sent invitation and a reminder', () => {
  let ext: Extension;
  let welcome: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    ext.serve('/in/priya-natarajan/', 'sdui-connect.html');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens a welcome page on install that says it never sends for you and nothing leaves the browser', async () => {
    await expect
      .poll(() => ext.context.pages().find((p) => p.url().endsWith('options.html#welcome')) ?? null, {
        timeout: 10_000,
      })
      .not.toBeNull();
    welcome = ext.context.pages().find((p) => p.url().endsWith('options.html#welcome'))!;
    // The page shows "Loading your log…" until the background answers: wait for the welcome itself.
    await expect.poll(() => welcome.locator('main').textContent()).toMatch(/never/i);
    const text = (await welcome.locator('main').textContent()) ?? '';
    expect(text).toMatch(/never/i);
    expect(text).toMatch(/leaves|leave/i);
    // A complete profile comes first: the welcome page asks for it.
    for (const item of ['A profile photo', 'A headline', 'Your current role', 'An About section']) {
      await welcome.getByRole('combobox', { name: new RegExp(`^${item}`) }).selectOption('true');
    }
    await expect
      .poll(async () => (await exported(ext)).settings.profile)
      .toMatchObject({ photo: true, headline: true, currentRole: true, about: true });
  });

  it('adds an interview with two interviewers on the options page', async () => {
    await ext.send({ type: 'settings/patch', patch: { yourName: 'Alex Kim' } });
    const page = welcome;
    await page.goto(`chrome-extension://${ext.id}/src/options/options.html#interviews/new`);
    await page.getByLabel('Company', { exact: true }).fill('Contoso Health');
    await page.getByLabel(/^Job title/).fill('Product Manager');
    await page.getByLabel(/^Date and time/).fill(localInput(new Date(Date.now() - 5 * DAY)));
    const names = page.getByLabel(/^Name/);
    await names.first().fill('Priya Natarajan');
    await page
      .getByLabel(/profile/i)
      .first()
      .fill('https://www.linkedin.com/in/priya-natarajan/?trk=x');
    await page.getByRole('button', { name: /add (an|another) interviewer/i }).click();
    await names.nth(1).fill('Avery Stone');
    await page.getByRole('button', { name: /^save/i }).click();
    await expect.poll(async () => (await exported(ext)).interviews.length).toBe(1);
    const people = (await exported(ext)).interviews[0]?.interviewers ?? [];
    expect(people.map((p) => p.name)).toEqual(['Priya Natarajan', 'Avery Stone']);
    expect(people[0]?.profileUrl).toBe('https://www.linkedin.com/in/priya-natarajan/');
  });

  it('coaches on Priya’s profile, inserts the note in LinkedIn’s dialog, and records the invitation she is sent', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://www.linkedin.com/in/priya-natarajan/');
    // Our card is in a closed shadow root: read through the DevTools protocol once the person is there.
    const card = await waitForCard(page);
    expect(card.verdict).toBe('Send now');
    expect(card.text).toContain('Priya Natarajan');
    await page.screenshot({
      path: `${SHOTS}/helper-card.png`,
      clip: { x: 0, y: 0, width: 1280, height: 640 },
    });

    await page.getByLabel('Invite Priya Natarajan to connect', { exact: true }).first().click();
    await page.getByRole('button', { name: 'Add a note', exact: true }).click();
    await expect
      .poll(async () => (await controlsOf(page, 'bar')).map((c) => c.name))
      .toContain('Insert note');
    await press(page, 'bar', 'Insert note');
    await expect.poll(async () => (await barOn(page))?.text).toMatch(/inserted/i);
    await page.screenshot({ path: `${SHOTS}/helper-in-dialog.png` });
    const note = await page.locator('#custom-message').inputValue();
    expect(note).toMatch(/^Hi Priya/);

    await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
    const sent = await page.evaluate(
      () => (window as unknown as { fakeLinkedIn: { sent: unknown[] } }).fakeLinkedIn.sent,
    );
    expect(sent).toEqual([{ to: 'priya-natarajan', note, trusted: true }]);
    await expect
      .poll(async () => (await exported(ext)).interviews[0]?.interviewers[0]?.invite)
      .toMatchObject({ state: 'sent', note });
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { fakeLinkedIn: { untrustedClicks: unknown[] } }).fakeLinkedIn
            .untrustedClicks,
      ),
    ).toEqual([]);
  });

  it('reminds about Avery, whose window is open, with the badge and one notification', async () => {
    const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    const notes = await worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notes)).toHaveLength(1);
  });

  it('made no network request', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});

async function exported(ext: Extension) {
  const out = await ext.send<{ backup: Backup }>({ type: 'backup/export' });
  return out.backup;
}
