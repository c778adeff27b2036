/**
 * Helpers for the options page's end-to-end tests: a log built relative to the real clock (the extension
 * reads it), keyboard-only navigation, and axe-core.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A log with one person in each follow-up group, dated around `now`. */
export function logAround(now: number) {
  return {
    format: 'connect-coach-backup',
    version: 1,
    exportedAt: iso(now),
    settings: {
      yourName: 'Alex Kim',
      profile: { photo: true, headline: true, currentRole: true, about: true },
    },
    interviews: [
      {
        id: 'iv-due',
        company: 'Contoso Health',
        role: 'Product Manager',
        at: iso(now - 3 * DAY),
        topics: ['patient onboarding'],
        interviewers: [
          {
            id: 'p-due',
            name: 'Priya Natarajan',
            role: 'recruiter',
            profileUrl: 'https://www.linkedin.com/in/priya-natarajan/',
          },
        ],
      },
      {
        id: 'iv-next',
        company: 'Northwind',
        role: 'Product Lead',
        at: iso(now + 2 * DAY),
        interviewers: [{ id: 'p-next', name: 'Lee Chen', role: 'hiring-manager' }],
      },
      {
        id: 'iv-old',
        company: 'Fabrikam',
        role: 'Senior PM',
        at: iso(now - 40 * DAY),
        outcome: 'offer',
        outcomeAt: iso(now - 30 * DAY),
        interviewers: [
          { id: 'p-sent', name: 'Jordan Lee', invite: { state: 'sent', at: iso(now - 10 * DAY) } },
          {
            id: 'p-conn',
            name: 'Maria Garcia',
            profileUrl: 'https://www.linkedin.com/in/maria-garcia/',
            invite: { state: 'accepted', at: iso(now - 25 * DAY) },
            touches: [{ at: iso(now - 20 * DAY), kind: 'message', replied: true }],
          },
        ],
      },
    ],
  };
}

/** What the keyboard has focused, in a few words: its label or text, for `tabTo`. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return `${el.getAttribute('data-field') ?? ''}|${labelled}|${el.textContent ?? ''}`.trim();
  });
}

/** Waits (without a key press) until focus lands on the control `data-field` names, e.g. after Enter. */
export async function focusLandsOn(page: Page, field: string): Promise<void> {
  await page.waitForFunction((name) => document.activeElement?.getAttribute('data-field') === name, field, {
    timeout: 10_000,
  });
}

/** Presses Tab until the focused control's label or text matches; fails after `max` presses. */
export async function tabTo(page: Page, pattern: RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (pattern.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${pattern} (last: ${await focused(page)})`);
}

/**
 * Types a moment into a focused `<input type=datetime-local>` as Chromium's en-US segments take it:
 * month, day, year (Tab: the year field takes up to six digits), hour, minute, AM/PM.
 */
export async function typeDateTime(page: Page, date: Date): Promise<void> {
  const two = (n: number) => String(n).padStart(2, '0');
  const hour12 = date.getHours() % 12 || 12;
  await page.keyboard.type(`${two(date.getMonth() + 1)}${two(date.getDate())}${date.getFullYear()}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`${two(hour12)}${two(date.getMinutes())}${date.getHours() < 12 ? 'A' : 'P'}`);
}

let axeCode: string | null = null;
const axeSource = () => {
  axeCode ??= readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
  return axeCode;
};

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** The serious and critical accessibility violations axe-core finds on the page as it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Not page.addScriptTag: the extension's CSP (script-src 'self') refuses the inline script it adds.
  // Evaluating through the DevTools protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** The log as an export answers it, without the moment of export. */
export function withoutExportTime(answer: unknown) {
  const { backup } = answer as { backup: Record<string, unknown> };
  const { exportedAt: _, ...rest } = backup;
  return rest;
}
