/**
 * The add-on in Firefox ESR, away from LinkedIn's page: the welcome page on install and its LinkedIn
 * access button, a backup imported, the options page's follow-ups, the popup elsewhere and its access
 * button, and a reminder (alarm → badge and notification). Build first (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logAround } from '../options/e2e-kit';
import { backupFile, PRIYA } from '../support/backup-file';
import { type FirefoxExtension, LINKEDIN, launchFirefox } from './harness';
import { setViewport } from './shadow';

const SHOTS = 'docs/screenshots';
const HOUR = 3_600_000;

/** Priya's window opened three days ago: one follow-up due now. */
function dueLog(now: number) {
  const at = new Date(now - 72 * HOUR).toISOString();
  return backupFile(
    [{ id: 'iv-past', company: 'Contoso Health', role: 'Product Manager', at, interviewers: [PRIYA] }],
    {},
    now,
  );
}

describe('Connect Coach in Firefox', () => {
  let ff: FirefoxExtension;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  const hasAccess = () => ff.call((o) => browser.permissions.contains(o), LINKEDIN);

  it('opens the welcome page on install, with LinkedIn access already granted', async () => {
    await ff.home.waitForSelector('h1::-p-text(Welcome to Connect Coach)');
    // Firefox 127+ grants an MV3 add-on's host permissions at install; the person may withdraw them.
    expect(await hasAccess()).toBe(true);
    expect(await ff.home.$('::-p-aria(Allow on LinkedIn)')).toBeNull();
  });

  it('asks for LinkedIn access from the welcome page once it is withdrawn, and gets it from the click', async () => {
    // As a person does in about:addons → Permissions: withdraw access to www.linkedin.com.
    expect(await ff.call((o) => browser.permissions.remove(o), LINKEDIN)).toBe(true);
    const allow = await ff.home.waitForSelector('::-p-aria([name="Allow on LinkedIn"][role="button"])');
    expect(await ff.home.$eval('section[aria-label="Access to LinkedIn"]', (s) => s.textContent)).toMatch(
      /needs your permission to read LinkedIn profile pages/,
    );
    await ff.home.screenshot({ path: `${SHOTS}/firefox-welcome.png`, fullPage: true });
    // A trusted click (BiDi input): permissions.request() needs the person's gesture; the harness's
    // preference answers Firefox's prompt with "Allow".
    await allow?.click();
    await ff.home.waitForSelector('::-p-text(Allowed. Reload any LinkedIn tab)');
    expect(await hasAccess()).toBe(true);
  });

  it('imports a backup and exports the same log', async () => {
    const log = logAround(Date.now());
    expect(await ff.send({ type: 'backup/import', backup: log, mode: 'replace' })).toEqual({ ok: true });
    const out = await ff.send<{ ok: true; backup: { interviews: { id: string }[] } }>({
      type: 'backup/export',
    });
    expect(out.backup.interviews.map((iv) => iv.id).sort()).toEqual(log.interviews.map((iv) => iv.id).sort());
  });

  it('shows the follow-ups of that log on the options page, and logs a touch', async () => {
    await ff.send({ type: 'backup/import', backup: logAround(Date.now()), mode: 'replace' });
    const page = await ff.openExtensionPage('src/options/options.html#follow-ups');
    // A group is a region named by its heading ("Due now 1"): the one whose heading starts with `name`.
    const group = (name: string) =>
      page.$$eval(
        'section[aria-labelledby]',
        (sections, n) => sections.find((s) => s.querySelector('h2')?.textContent?.startsWith(n))?.textContent,
        name,
      );
    await page.waitForSelector('h1::-p-text(Follow-ups)');
    await page.waitForSelector('section ::-p-text(Connect with Priya Natarajan)');
    expect(await group('Due now')).toMatch(/Connect with Priya Natarajan/);
    expect(await group('Upcoming')).toMatch(/Lee Chen.*in \d+ days/);
    expect(await group('Waiting on them')).toMatch(/Jordan Lee.*10 days ago/);
    expect(await group('Connected')).toMatch(/Maria Garcia.*Next touch/);
    const how = await page.waitForSelector(
      '::-p-aria([name="How you were in touch with Maria Garcia"][role="combobox"])',
    );
    await how?.select('call');
    await (await page.waitForSelector('::-p-aria(Log touch with Maria Garcia)'))?.click();
    await page.waitForSelector('[role="status"] ::-p-text(Logged: call with Maria Garcia)');
    type Touched = { interviews: { interviewers: { name: string; touches?: { kind: string }[] }[] }[] };
    const { backup } = await ff.send<{ backup: Touched }>({ type: 'backup/export' });
    const maria = backup.interviews.flatMap((iv) => iv.interviewers).find((p) => p.name === 'Maria Garcia');
    expect(maria?.touches?.map((t) => t.kind)).toContain('call');
    await page.close();
  });

  it('shows what is due in the popup away from LinkedIn, and asks for access there when it is missing', async () => {
    await ff.call((o) => browser.permissions.remove(o), LINKEDIN);
    const popup = await ff.openExtensionPage('src/popup/popup.html');
    await setViewport(popup, 380, 720);
    await popup.waitForSelector('main:not([aria-busy])');
    expect(await popup.$eval('main', (m) => m.textContent)).toMatch(/Priya Natarajan/);
    const allow = await popup.waitForSelector('::-p-aria([name="Allow on LinkedIn"][role="button"])');
    expect(await popup.$eval('main', (m) => m.textContent)).toMatch(/can’t see LinkedIn pages yet/);
    await allow?.click();
    await popup.waitForSelector('::-p-text(Allowed. Reload any LinkedIn tab)');
    expect(await hasAccess()).toBe(true);
    await popup.close();
  });

  it('reminds of the follow-up due: the badge counts it, one notification names it, the plan alarm repeats', async () => {
    expect(await ff.send({ type: 'backup/import', backup: dueLog(Date.now()), mode: 'replace' })).toEqual({
      ok: true,
    });
    const badge = () => ff.call(() => browser.action.getBadgeText({}));
    await expect.poll(badge, { timeout: 15_000 }).toBe('1');
    expect(await ff.call(() => browser.action.getTitle({}))).toBe('Connect Coach — 1 follow-up due');
    await expect
      .poll(() => ff.call(() => browser.notifications.getAll()), { timeout: 15_000 })
      .toEqual({ 'connect-coach:person:iv-past:p-1': expect.anything() });
    const plan = await ff.call(() => browser.alarms.get('connect-coach-plan'));
    expect(plan?.periodInMinutes).toBe(15);
  });

  it('answers after Firefox has stopped its idle event page, and keeps the log', async () => {
    expect(await ff.send({ type: 'backup/import', backup: dueLog(Date.now()), mode: 'replace' })).toEqual({
      ok: true,
    });
    // The harness sets a 3 s idle timeout: wait until Firefox has unloaded the background page.
    const running = () =>
      ff.call(() => browser.extension.getViews().some((w) => w.location.pathname.includes('background')));
    await expect.poll(running, { timeout: 20_000, interval: 500 }).toBe(false);
    const state = await ff.send<{ ok: boolean; interviews: { id: string }[] }>({ type: 'state/get' });
    expect(state).toMatchObject({ ok: true, interviews: [{ id: 'iv-past' }] });
    expect(await running()).toBe(true);
  });

  it('makes no request anywhere and logs no error', () => {
    expect(ff.strayRequests).toEqual([]);
    expect(ff.consoleLines.filter((line) => /error|could not/i.test(line))).toEqual([]);
  });
});
