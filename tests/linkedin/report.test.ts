// @vitest-environment happy-dom
/**
 * The page report: a report of each page, loaded back as a fixture, reads the same; and it carries no
 * personal text, id or slug of anyone on the page.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { findInvitation, pageReport, readProfile } from '../../src/linkedin';
import { addNoteButton, closeAll, configOf, open, openHtml, PAGES } from './pages';
import { loadReal, REAL } from './real';

afterAll(closeAll);

/** Loads a report as a fixture page: at its canonical address, its declarative shadow roots attached
 * (a browser's parser does this on load; happy-dom's document.write does not). */
function openReport(report: string) {
  const url = /<link rel="canonical" href="([^"]+)">/.exec(report)![1]!;
  const page = openHtml(report, url);
  for (const template of [...page.document.querySelectorAll('template[shadowrootmode="open"]')]) {
    const root = template.parentElement!.attachShadow({ mode: 'open' });
    root.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
  }
  return page;
}

const relationAndDegree = (reading: ReturnType<typeof readProfile>) =>
  reading && {
    relation: reading.relation,
    degree: reading.degree,
    own: reading.own,
    connectAt: reading.connectAt,
  };

const STAND_INS = PAGES.filter((file) => !['sdui-drift.html', 'sdui-large.html'].includes(file));

describe('a report reads the same as the page it was made of', () => {
  test.each(STAND_INS)('%s, as loaded', (file) => {
    const { document, url } = open(file);
    const report = pageReport(document);
    const back = openReport(report);
    expect(relationAndDegree(readProfile(back.document, back.url))).toEqual(
      relationAndDegree(readProfile(document, url)),
    );
    expect(back.url).toBe('https://www.linkedin.com/in/person-1/');
  });

  test.each(Object.keys(REAL) as (keyof typeof REAL)[])('real page %s', (file) => {
    const { document, url } = loadReal(file, REAL[file].slug);
    const back = openReport(pageReport(document));
    const reading = readProfile(back.document, back.url);
    expect(relationAndDegree(reading)).toEqual(relationAndDegree(readProfile(document, url)));
    expect(reading?.layout).toBe(REAL[file].layout);
  });

  test.each([
    ['sdui-connect.html', 'gate'],
    ['ember-connect.html', 'gate'],
    ['sdui-email-gate.html', 'gate→email'],
  ])('%s with the invitation open: the dialog (in the shadow root) comes along', async (file) => {
    const { window, document } = open(file, { run: true });
    document
      .querySelector<HTMLElement>(
        '#profile a[href*="/preload/custom-invite/"], #profile button:has(svg[data-test-icon="connect-small"])',
      )!
      .click();
    await window.happyDOM.waitUntilComplete();
    const gate = findInvitation(document)!;
    const atGate = openReport(pageReport(document));
    expect(findInvitation(atGate.document)?.step).toBe(gate.step);
    addNoteButton(gate.dialog)!.click();
    const note = findInvitation(document)!;
    const atNote = openReport(pageReport(document));
    expect(findInvitation(atNote.document)).toMatchObject({
      step: note.step,
      slug: note.slug && 'person-1',
    });
    if (configOf(file).layout === 'sdui')
      expect(
        atNote.document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('textarea'),
      ).not.toBeNull();
  });
});

describe('what a report keeps, and what it never carries', () => {
  test.each(STAND_INS)('%s: no one’s name, slug, headline, company or ids', (file) => {
    const { document } = open(file);
    const report = pageReport(document);
    const config = configOf(file);
    for (const slug of [config.slug, ...(config as unknown as { rail: string[] }).rail]) {
      const person = config.people[slug] as unknown as Record<string, string>;
      for (const field of ['slug', 'name', 'headline', 'company', 'memberId', 'profileId'])
        expect(report, `${slug}.${field}`).not.toContain(person[field]);
      expect(report).not.toContain(decodeURIComponent(slug));
    }
  });

  test('LinkedIn’s words, roles, icons and URL shapes stay', () => {
    const { document } = open('ember-connect.html');
    const report = pageReport(document);
    expect(report).toContain('aria-label="Invite Xxxxx Xxxxx to connect"');
    expect(report).toContain('data-test-icon="connect-small"');
    expect(report).toContain('href="/in/person-1/overlay/contact-info/"');
    expect(report).toContain('<span class="dist-value" aria-hidden="true">2nd</span>');
    expect(report).toContain('<title>Xxxxx Xxxxx | LinkedIn</title>');
  });

  test.each(Object.keys(REAL) as (keyof typeof REAL)[])('real page %s: its people are gone too', (file) => {
    const expected = REAL[file];
    const report = pageReport(loadReal(file, expected.slug).document);
    for (const value of [expected.slug, expected.name, expected.headline, expected.company])
      expect(report, value).not.toContain(value);
  });
});
