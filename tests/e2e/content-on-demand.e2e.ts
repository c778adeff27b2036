/**
 * Always-on eyes, hands on demand (DESIGN.md "Architecture"), seen from inside Chromium through the
 * DevTools protocol: on a stranger's profile the helper bundle is never loaded into the tab; on a logged
 * person's it is, once, and a second visit in the same tab reuses it. When the extension goes away
 * (reloaded or updated), the orphaned script takes its card off the page at the next navigation.
 * Our card is read through the DevTools protocol (it sits in a closed shadow root; see cdp-kit.ts).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { personIsThere } from './cdp-kit';
import { type Extension, launchExtension } from './harness';
import {
  cardOn,
  closeLinkedInPages,
  expectCleanFlow,
  fixtureConfig,
  importLog,
  logWith,
  sendAsPage,
  settingsOf,
  waitForCard,
} from './linkedin-kit';

const fixture = fixtureConfig('sdui-connect.html');
const next = fixture.people[fixture.rail[0]!]!;
const stranger = {
  slug: 'someone-else',
  name: 'Someone Else',
  company: 'Elsewhere',
  state: 'connect' as const,
};

/** What the DevTools protocol sees of our scripts in a tab: which files ran, and our isolated world. */
interface Inside {
  /** Every script file of ours the tab parsed, by file name (`src/content/index.js`, `helper.js`). */
  parsed: string[];
  /** Evaluates `expression` in the extension's isolated world of the top frame. */
  inWorld(expression: string): Promise<unknown>;
}

/** Watches a tab from before its first load: the scripts it parses and its execution contexts. */
async function watchInside(ext: Extension, page: Page): Promise<Inside> {
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  const parsed: string[] = [];
  const worlds = new Map<number, { name: string; frameId: string }>();
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(`chrome-extension://${ext.id}/`))
      parsed.push(url.slice(`chrome-extension://${ext.id}/`.length));
  });
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId: string } | undefined;
    if (aux?.type === 'isolated') worlds.set(context.id, { name: context.name, frameId: aux.frameId });
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return {
    parsed,
    async inWorld(expression) {
      const id = [...worlds].find(
        ([, w]) => w.name === 'Connect Coach' && w.frameId === frameTree.frame.id,
      )?.[0];
      if (id === undefined) return 'no isolated world';
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: id,
        expression,
        returnByValue: true,
      });
      return result.value;
    },
  };
}

/** Opens a blank tab, starts watching it, then loads the fixture in it (so nothing is missed). */
async function openWatched(ext: Extension, file: { file: string; path: string }) {
  ext.serve(file.path, file.file);
  const page = await ext.context.newPage();
  const inside = await watchInside(ext, page);
  await page.goto(`https://www.linkedin.com${file.path}`);
  return { page, inside };
}

const helperRuns = (inside: Inside) => inside.parsed.filter((file) => file === 'helper.js').length;

describe('the helper is injected only where it is needed', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    await closeLinkedInPages(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('on a stranger’s profile: the always-on script runs, the helper never comes', async () => {
    await importLog(ext, logWith([stranger]));
    const { page, inside } = await openWatched(ext, fixture);
    await expect.poll(() => inside.inWorld('typeof connectCoachEyes')).toBe('function');
    // Proving something does not happen: time for the background's answer and a (wrong) injection.
    await page.waitForTimeout(1500);
    expect(await inside.inWorld('typeof connectCoachHelper')).toBe('undefined');
    expect(helperRuns(inside)).toBe(0);
    expect(inside.parsed).toContain('src/content/index.js');
    await personIsThere(page); // the card waits for the person's own input: give it some
    expect(await cardOn(page)).toBeNull();
    await expectCleanFlow(ext, page);
  });

  it('on one’s own profile only the checklist’s reader comes (own.js), never the helper', async () => {
    const own = fixtureConfig('sdui-own.html');
    const blank = { photo: false, headline: false, currentRole: false, about: false };
    await importLog(ext, logWith([], { profile: blank, ownSlug: own.slug }));
    const { page, inside } = await openWatched(ext, own);
    const readAt = async () => ((await settingsOf(ext)).profile as { readAt?: string }).readAt;
    await expect.poll(readAt).toBeTruthy();
    expect(inside.parsed.filter((file) => file === 'own.js')).toHaveLength(1);
    expect(helperRuns(inside)).toBe(0);
    expect(await inside.inWorld('typeof connectCoachHelper')).toBe('undefined');
    await expectCleanFlow(ext, page);
  });

  it('on a logged person’s profile it is, once; the next person in the same tab reuses it', async () => {
    await importLog(ext, logWith([fixture.person, next]));
    ext.serve(`/in/${next.slug}/`, fixture.file);
    const { page, inside } = await openWatched(ext, fixture);
    expect(await waitForCard(page)).toMatchObject({ name: fixture.person.name });
    expect(await inside.inWorld('typeof connectCoachHelper')).toBe('object');
    expect(helperRuns(inside)).toBe(1);
    await inside.inWorld('globalThis.firstHelper = connectCoachHelper');

    await page.locator('aside').getByRole('link', { name: next.name }).first().click();
    await expect.poll(async () => (await waitForCard(page)).name).toBe(next.name);
    expect(helperRuns(inside)).toBe(1);
    expect(await inside.inWorld('connectCoachHelper === globalThis.firstHelper')).toBe(true);
    await expectCleanFlow(ext, page);
  });
});

describe('the page report', () => {
  it('is injected only when asked for, and answers the page’s structure with its text masked', async () => {
    const ext = await launchExtension();
    try {
      await importLog(ext, logWith([fixture.person]));
      const { page, inside } = await openWatched(ext, fixture);
      await waitForCard(page);
      expect(inside.parsed).not.toContain('report.js');
      const tabId = await ext.tabIdOf(page);
      const answer = await ext.send<{ ok: boolean; report?: string }>({ type: 'tab/report', tabId });
      expect(answer).toMatchObject({ ok: true, report: expect.stringMatching(/^<!doctype html>/) });
      // Text is masked (src/linkedin/report.ts): the tab's title no longer names the person.
      expect(/<title>(.*?)<\/title>/.exec(answer.report!)?.[1]).not.toContain(
        fixture.person.name.split(' ')[0],
      );
      expect(inside.parsed.filter((file) => file === 'report.js')).toHaveLength(1);
      // A LinkedIn page cannot ask for it (nor for the helper): those are the popup's to ask.
      expect(await sendAsPage(page, { type: 'tab/report', tabId })).toMatchObject({ ok: false });
      await expectCleanFlow(ext, page);
    } finally {
      await ext.close();
    }
  });
});

describe('an orphaned content script', () => {
  it('takes its card off the page and stops once the extension is gone', async () => {
    // A browser of its own: the extension does not come back after this test reloads it.
    const ext = await launchExtension();
    try {
      await importLog(ext, logWith([fixture.person, next]));
      ext.serve(`/in/${next.slug}/`, fixture.file);
      const { page, inside } = await openWatched(ext, fixture);
      expect(await waitForCard(page)).toMatchObject({ name: fixture.person.name });

      // An update or reload: the content scripts already in tabs lose their extension.
      await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await expect.poll(() => inside.inWorld('chrome.runtime?.id ?? null')).toBeNull();
      await page.locator('aside').getByRole('link', { name: next.name }).first().click();
      await expect.poll(() => cardOn(page)).toBeNull();
      expect(await inside.inWorld('typeof connectCoachEyes')).toBe('undefined');
      expect(page.url()).toContain(`/in/${next.slug}/`);
      await personIsThere(page);
      expect(await cardOn(page)).toBeNull();
    } finally {
      await ext.close();
    }
  });
});
