/**
 * Shared pieces of the LinkedIn end-to-end tests (tests/e2e/linkedin-*.e2e.ts): the fixture pages' own
 * config, a log with chosen people in it, and the waits and checks every flow ends with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TabStatus } from '../../src/replies';
import { backupFile } from '../support/backup-file';
import { cardOn as ourCard, personIsThere } from './cdp-kit';
import { type Extension, FIXTURES } from './harness';

export interface FixturePerson {
  slug: string;
  name: string;
  company: string;
  state: 'connect' | 'pending' | 'follow' | 'connected' | 'none';
  connectInMore?: boolean;
}

export interface FixtureConfig {
  layout: 'sdui' | 'ember';
  slug: string;
  lang: 'en' | 'fr';
  tier: 'free' | 'premium';
  quota: number | null;
  people: Record<string, FixturePerson>;
  rail: string[];
  large?: { cards: number; churnMs: number };
}

/**
 * Pages LinkedIn has rebuilt beyond what the readers know (readProfile answers null there by design:
 * it says so rather than guess), so no helper can appear on them.
 */
const UNREADABLE = new Set(['sdui-drift.html']);

/** Every fixture page, re-listed at each run so pages added later are covered too. */
export const fixtureFiles = (): string[] => readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));

/** A fixture's embedded config: who the page shows and how it behaves. */
export function fixtureConfig(
  file: string,
): FixtureConfig & { file: string; person: FixturePerson; path: string; own: boolean; readable: boolean } {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const json = /<script type="application\/json" id="fake-linkedin-config">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error(`${file} has no fake-linkedin-config`);
  const config = JSON.parse(json) as FixtureConfig & { person?: Partial<FixturePerson> };
  const person = { ...config.people[config.slug]!, ...config.person };
  // One's own profile is named so (ember-own.html, sdui-own-bare.html): the config can't say it.
  return {
    ...config,
    file,
    person,
    path: `/in/${config.slug}/`,
    own: /-own\b/.test(file),
    readable: !UNREADABLE.has(file),
  };
}

/** The page's labels we click, per UI language (as the fixtures' TEXT table has them). */
export const LABELS = {
  en: {
    invite: (n: string) => `Invite ${n} to connect`,
    more: 'More',
    addNote: 'Add a note',
    sendWithout: 'Send without a note',
    send: 'Send invitation',
    cancelLabel: 'Cancel adding a note',
  },
  fr: {
    invite: (n: string) => `Inviter ${n} à rejoindre votre réseau`,
    more: 'Plus',
    addNote: 'Ajouter une note',
    sendWithout: 'Envoyer sans note',
    send: 'Envoyer l’invitation',
    cancelLabel: 'Annuler l’ajout d’une note',
  },
};

const DAY = 86_400_000;

/**
 * A backup whose log holds these people, each as an interviewer in one interview ten days ago: the
 * window to connect is open and the profile checklist complete, so the advice is "send" unless the page
 * shows otherwise (Pending, connected).
 */
export function logWith(people: FixturePerson[], settings: Record<string, unknown> = {}) {
  return backupFile(
    [
      {
        id: 'iv-1',
        company: people[0]?.company ?? 'Contoso Health',
        role: 'Product Manager',
        at: new Date(Date.now() - 10 * DAY).toISOString(),
        topics: ['patient onboarding'],
        interviewers: people.map((p) => ({
          id: `p-${p.slug}`,
          name: p.name,
          profileUrl: `https://www.linkedin.com/in/${p.slug}/`,
        })),
      },
    ],
    { accountTier: 'free', ...settings },
  );
}

/**
 * Opens a fixture page at its person's address. Several pages show the same person, so each test serves
 * its own page just before opening it.
 */
export async function openFixture(
  ext: Extension,
  { file, path }: { file: string; path: string },
): Promise<Page> {
  ext.serve(path, file);
  const page = await ext.context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

/**
 * The person's own click on this person's Connect, as LinkedIn shows it: in the top card, or under
 * More (Ember labels its button "More actions"; the 2026 layout has only the word). More's menu renders
 * in a portal at the end of <body> (2026): the one visible item with that label (the rail's are other
 * people's).
 */
export async function clickConnect(
  page: Page,
  { lang, person }: { lang: FixtureConfig['lang']; person: FixturePerson },
): Promise<void> {
  const t = LABELS[lang];
  const top = page.locator('#profile');
  if (person.state !== 'connect')
    await top.locator('button[aria-expanded]', { hasText: t.more }).filter({ visible: true }).first().click();
  const where = person.state === 'connect' ? top : page.locator('body');
  await where.getByLabel(t.invite(person.name), { exact: true }).filter({ visible: true }).first().click();
}

/** Closes every LinkedIn tab a test opened (even when it failed half-way), so tab lookups by URL stay true. */
export async function closeLinkedInPages(ext: Extension): Promise<void> {
  for (const page of ext.context.pages())
    if (page.url().startsWith('https://www.linkedin.com/')) await page.close();
}

/** The verdict's words on the card (DESIGN.md "Contracts"), by the log's verdict. */
export const WORDS = {
  send: 'Send now',
  wait: 'Wait',
  prepare: 'Prepare your profile',
  sent: 'Request sent',
  connected: 'Connected',
  avoid: 'Better not to connect',
} as const;

/**
 * What our card on the page says now (never waits), read through the DevTools protocol as a screen
 * reader would: the verdict's words and the name in its region's accessible name
 * `Connect Coach: <verdict> · <name>`, and its text; null when there is no card.
 */
export async function cardOn(
  page: Page,
): Promise<{ verdict: string | null; name: string | null; text: string } | null> {
  const card = await ourCard(page);
  if (!card) return null;
  const match = /^Connect Coach: (.*) · (.*)$/s.exec(card.label);
  return { verdict: match?.[1] ?? null, name: match?.[2] ?? null, text: card.text };
}

/**
 * The person moves the mouse over the page (trusted input, as only a person can give), then the card
 * appears: waits for it and answers what it says.
 */
export async function waitForCard(page: Page, timeout = 10_000) {
  await expect
    .poll(
      async () => {
        await personIsThere(page);
        return cardOn(page);
      },
      { timeout },
    )
    .not.toBeNull();
  return (await cardOn(page))!;
}

/** Replaces the log with `backup`, failing loudly if the background refuses it. */
export async function importLog(ext: Extension, backup: unknown): Promise<void> {
  expect(await ext.send({ type: 'backup/import', backup, mode: 'replace' })).toEqual({ ok: true });
}

/** The invitation the log holds for a person now. */
export async function inviteOf(ext: Extension, slug: string) {
  type Logged = { id: string; invite: { state: string; note?: string } };
  const out = await ext.send<{ backup: { interviews: { interviewers: Logged[] }[] } }>({
    type: 'backup/export',
  });
  return out.backup.interviews[0]?.interviewers.find((p) => p.id === `p-${slug}`)?.invite;
}

/** The settings the log holds now. */
export async function settingsOf(ext: Extension): Promise<Record<string, unknown>> {
  const out = await ext.send<{ backup: { settings: Record<string, unknown> } }>({ type: 'backup/export' });
  return out.backup.settings;
}

/**
 * Sends a `tab/…` message to the helper in `page`, as the popup does: first `tab/prepare`, so the
 * background injects the helper if the tab has none yet (on a stranger's profile it has none).
 */
export async function askTab<T = TabStatus>(ext: Extension, page: Page, message: unknown): Promise<T> {
  const tabId = await ext.tabIdOf(page);
  expect(await ext.send({ type: 'tab/prepare', tabId })).toEqual({ ok: true });
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  return (await worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const)) as T;
}

/**
 * Sends a runtime message from the tab's top frame, in the extension's isolated world, exactly as the
 * content script does (the background takes `page/…` messages from nowhere else). Through the DevTools
 * protocol: the shipped build has no hook for it.
 */
export async function sendAsPage<T>(page: Page, message: unknown): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; name: string; frameId: string }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId: string } | undefined;
      if (aux?.type === 'isolated') worlds.push({ id: context.id, name: context.name, frameId: aux.frameId });
    });
    await session.send('Runtime.enable'); // reports the contexts that exist now
    const { frameTree } = await session.send('Page.getFrameTree');
    const world = worlds.find((w) => w.name === 'Connect Coach' && w.frameId === frameTree.frame.id);
    if (!world) throw new Error('the tab has no Connect Coach content script');
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `new Promise((resolve) => chrome.runtime.sendMessage(${JSON.stringify(message)}, resolve))`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as T;
  } finally {
    await session.detach();
  }
}

/** Waits until the content script has read the page (the popup's tab/status says so). */
export async function waitForReading(ext: Extension, page: Page): Promise<TabStatus> {
  const read = () => askTab(ext, page, { type: 'tab/status' });
  await expect.poll(async () => (await read()).reading).not.toBeNull();
  return read();
}

/** The checks every flow ends with: the page saw no script-made clicks, and nothing left the machine. */
export async function expectCleanFlow(ext: Extension, page: Page): Promise<void> {
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { fakeLinkedIn: { untrustedClicks: string[] } }).fakeLinkedIn.untrustedClicks,
    ),
  ).toEqual([]);
  expect(ext.strayRequests).toEqual([]);
}

/** What LinkedIn's fake recorded as sent. */
export const sentOn = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { fakeLinkedIn: { sent: { to: string; note: string; trusted: boolean }[] } })
        .fakeLinkedIn.sent,
  );
