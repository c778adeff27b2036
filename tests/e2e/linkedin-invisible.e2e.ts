/**
 * Invisible to the page (DESIGN.md "Principles" 3): on both layouts, a logged person's profile shows
 * nothing until the person's own input, whatever the page's scripts do; what we show is in closed shadow
 * roots on plain hosts that the page's own world can neither read nor press; nothing on the page names
 * us. Our UI is reached through the DevTools protocol only (tests/e2e/cdp-kit.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { asThePage, barOn, controlsOf, oursOn, personIsThere, press } from './cdp-kit';
import { type Extension, launchExtension } from './harness';
import {
  askTab,
  cardOn,
  closeLinkedInPages,
  expectCleanFlow,
  fixtureConfig,
  importLog,
  LABELS,
  logWith,
  openFixture,
  waitForCard,
} from './linkedin-kit';

const layouts = ['ember-connect.html', 'sdui-connect.html'].map(fixtureConfig);

/** Every attribute on the page (light DOM and LinkedIn's open shadow roots) that names us, from the
 * page's own world. */
const namesUs = (page: Page) =>
  page.evaluate(() => {
    const roots: ParentNode[] = [document];
    for (let i = 0; i < roots.length; i++)
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    return roots.flatMap((root) =>
      [...root.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter((a) => /connect.?coach|verdict/i.test(`${a.name}=${a.value}`))
          .map((a) => `${el.tagName}[${a.name}=${a.value}]`),
      ),
    );
  });

/** A script's input, as a hostile page could make it: pointer, key and wheel events on the document. */
const scriptInput = (page: Page) =>
  page.evaluate(() => {
    for (const type of ['pointerdown', 'pointermove'])
      document.body.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: 50, clientY: 50 }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
    document.body.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 40 }));
  });

describe.each(layouts)('invisible to the page ($layout: $file)', (fixture) => {
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

  it('shows nothing until the person’s own input, however the page’s scripts poke it', async () => {
    await importLog(ext, logWith([fixture.person]));
    const page = await openFixture(ext, fixture);
    // The helper has read the page and the background has answered: the card could show now.
    await vi.waitFor(
      async () =>
        expect((await askTab(ext, page, { type: 'tab/status' })).answer?.name).toBe(fixture.person.name),
      { timeout: 10_000, interval: 100 },
    );
    await scriptInput(page);
    await page.waitForTimeout(500); // proving that nothing comes without the person
    expect(await oursOn(page)).toEqual([]);
    await personIsThere(page);
    await expect.poll(async () => (await cardOn(page))?.name).toBe(fixture.person.name);
    await expectCleanFlow(ext, page);
  });

  it('the page’s own world sees an empty plain <div>: no shadow root, no attribute, no text', async () => {
    await importLog(ext, logWith([fixture.person]));
    const page = await openFixture(ext, fixture);
    const card = await waitForCard(page);
    expect(card.verdict).toBe('Send now');
    const [ours] = await oursOn(page);
    const seen = await asThePage<Record<string, unknown>>(
      page,
      ours!.host,
      `function () {
        let attach = 'refused';
        try { this.attachShadow({ mode: 'open' }); attach = 'allowed'; } catch {}
        return { tag: this.tagName, shadowRoot: this.shadowRoot, attributes: this.attributes.length,
          text: this.textContent, html: this.innerHTML, children: this.children.length, attach };
      }`,
    );
    // attachShadow refused is what any element with a root says: it names nothing and reads nothing.
    expect(seen).toEqual({
      tag: 'DIV',
      shadowRoot: null,
      attributes: 0,
      text: '',
      html: '',
      children: 0,
      attach: 'refused',
    });
    expect(await namesUs(page)).toEqual([]);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (no shadow content, no scripts) is the point
    const pageText = await page.evaluate(() => document.body.innerText);
    expect(pageText).not.toContain('Connect Coach');
    expect(pageText).not.toContain(card.text.slice(0, 20));
    await expectCleanFlow(ext, page);
  });

  it('a script’s click on our buttons does nothing: Insert stays unpressed, the card stays', async () => {
    const t = LABELS[fixture.lang];
    await importLog(ext, logWith([fixture.person]));
    const page = await openFixture(ext, fixture);
    await waitForCard(page);
    await page
      .getByLabel(t.invite(fixture.person.name), { exact: true })
      .filter({ visible: true })
      .first()
      .click();
    await page.getByRole('button', { name: t.addNote, exact: true }).click();
    await expect
      .poll(async () => (await controlsOf(page, 'bar')).map((c) => c.name))
      .toContain('Insert note');
    const insert = (await controlsOf(page, 'bar')).find((c) => c.name === 'Insert note')!;
    const hide = (await controlsOf(page, 'card')).find((c) => /^Hide/.test(c.name))!;
    // Even a script that got hold of our elements (only the DevTools protocol can) can't press them.
    for (const button of [insert, hide])
      await asThePage(
        page,
        button.backendDOMNodeId,
        `function () { this.click(); this.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); }`,
      );
    await page.waitForTimeout(300); // proving that nothing happens
    const box = () =>
      page.evaluate(() => {
        const root = document.getElementById('interop-outlet')?.shadowRoot ?? document;
        return root.querySelector('textarea')?.value;
      });
    expect(await box()).toBe('');
    expect(await cardOn(page)).not.toBeNull();
    expect((await barOn(page))?.text).not.toMatch(/inserted/i);
    // The person's own press works.
    await press(page, 'bar', 'Insert note');
    await expect.poll(box).toMatch(/^Hi /);
    // (The fake page counts this test's own script clicks on our host as untrusted clicks: they are.)
    expect(ext.strayRequests).toEqual([]);
  });
});
