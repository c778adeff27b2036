/**
 * An update while LinkedIn tabs are open (DESIGN.md "Architecture": the background injects the always-on
 * script into open LinkedIn tabs on install and update). The old content script is orphaned: without the
 * injection its card would stay on the page, stale, and a Send would go unrecorded. Here the extension is
 * installed again over itself through the DevTools protocol (same id, storage kept, onInstalled with
 * reason "update"), and the tab, never reloaded, must carry on: one card, from the new extension, and the
 * person's Send recorded. Our UI is read and pressed through the DevTools protocol (cdp-kit.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { barOn, controlsOf, oursOn, press } from './cdp-kit';
import { type Extension, launchExtension } from './harness';
import {
  clickConnect,
  closeLinkedInPages,
  expectCleanFlow,
  fixtureConfig,
  importLog,
  inviteOf,
  LABELS,
  logWith,
  openFixture,
  sentOn,
  waitForCard,
} from './linkedin-kit';

const layouts = ['sdui-connect.html', 'ember-connect.html'].map(fixtureConfig);

describe('LinkedIn tabs open during an update', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension({ updatable: true });
  });
  afterEach(async () => {
    await closeLinkedInPages(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(layouts)(
    '$file ($layout): carry on without a reload: one card, and the Send after the update is recorded',
    async (fixture) => {
      const t = LABELS[fixture.lang];
      await importLog(ext, logWith([fixture.person]));
      const page = await openFixture(ext, fixture);
      await waitForCard(page);
      const [old] = await oursOn(page);
      // A mark in the page's own world: it is gone if the tab reloads.
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));

      await ext.update();
      expect(await ext.worker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Connect Coach');
      // At the person's next input the new copy draws its card, and the orphan, seeing it arrive, takes its own away.
      const shown = async () => {
        await waitForCard(page);
        return (await oursOn(page)).map(({ kind, host }) => ({ kind, old: host === old?.host }));
      };
      await expect.poll(shown, { timeout: 15_000 }).toEqual([{ kind: 'card', old: false }]);
      expect((await waitForCard(page)).name).toBe(fixture.person.name);

      await clickConnect(page, fixture);
      await page.getByRole('button', { name: t.addNote, exact: true }).click();
      await expect
        .poll(async () => (await controlsOf(page, 'bar')).map((c) => c.name))
        .toContain('Insert note');
      expect((await oursOn(page)).filter((o) => o.kind === 'bar')).toHaveLength(1);
      await press(page, 'bar', 'Insert note');
      await expect.poll(async () => (await barOn(page))?.text).toMatch(/inserted/i);
      await page.getByRole('button', { name: t.send, exact: true }).click();

      const [sent] = await sentOn(page);
      expect(sent).toMatchObject({ to: fixture.slug, trusted: true });
      expect(sent?.note).toMatch(new RegExp(fixture.person.name.split(' ')[0]!));
      await expect.poll(() => inviteOf(ext, fixture.slug)).toMatchObject({ state: 'sent', note: sent?.note });
      expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await expectCleanFlow(ext, page);
    },
  );
});
