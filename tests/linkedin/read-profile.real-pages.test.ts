// @vitest-environment happy-dom
/**
 * The readers on real LinkedIn pages (tests/fixtures/linkedin-real, copied from shared/fixtures: saved
 * from logged-in browsers, personal data replaced, structure kept, no CSS). Each field is checked: a
 * wrong degree or relation here is a wrong piece of advice to a real person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { connectActionOf, readOwnProfile, readProfile, topCard } from '../../src/linkedin';
import { ProfileReadingSchema } from '../../src/messages';
import { closeAll, openHtml } from './pages';
import { loadReal as load, REAL, REAL_DIR } from './real';

afterAll(closeAll);

const FILES = Object.keys(REAL) as (keyof typeof REAL)[];
const FIELDS = Object.keys(REAL[FILES[0]!]) as (keyof (typeof REAL)[keyof typeof REAL])[];

describe.each(FILES)('%s', (file) => {
  const expected = REAL[file];
  const { document, url } = load(file, expected.slug);
  const reading = readProfile(document, url);

  test.each(FIELDS)('%s', (field) => {
    expect(reading?.[field]).toEqual(expected[field]);
  });

  test('the reading is a valid message', () => {
    expect(ProfileReadingSchema.parse(reading)).toEqual(reading);
  });

  test('with the expected name given, the same reading', () => {
    expect(readProfile(document, url, undefined, expected.name)).toEqual(reading);
  });
});

describe('finding the card when the known structure fails', () => {
  test('the 2026 card without its componentkeys is found by the name and the slug', () => {
    const { slug, name } = REAL['sdui-2026-09-own-topcard.html'];
    const markup = readFileSync(join(REAL_DIR, 'sdui-2026-09-own-topcard.html'), 'utf8').replace(
      / componentkey="[^"]*"/g,
      '',
    );
    const { document, url } = openHtml(markup, `https://www.linkedin.com/in/${slug}/`);
    expect(readProfile(document, url)).toBeNull();
    const reading = readProfile(document, url, undefined, name);
    expect(reading).toMatchObject({ slug, name, own: true, found: 'name' });
    expect(topCard(document, slug, name)?.contains(document.querySelector('h2'))).toBe(true);
  });

  test('a name that is not on the page finds nothing', () => {
    const { slug } = REAL['ember-2024-08-1st.html'];
    const { document } = load('ember-2024-08-1st.html', slug);
    expect(topCard(document, 'someone-else', 'Nobody Here')).toBeNull();
  });
});

describe('one’s own profile', () => {
  test('the 2026 checklist: photo, headline and current role shown; no About in this excerpt', () => {
    const { slug } = REAL['sdui-2026-09-own-topcard.html'];
    const { document, url } = load('sdui-2026-09-own-topcard.html', slug);
    expect(readOwnProfile(document, url)).toEqual({
      photo: true,
      headline: true,
      currentRole: true,
      about: false,
    });
  });
});

describe('Connect actions on real pages', () => {
  test('the sticky header’s and the top card’s Connect are both this person’s', () => {
    const { slug, name } = REAL['ember-2024-07-2nd-connect.html'];
    const { document } = load('ember-2024-07-2nd-connect.html', slug);
    const buttons = [...document.querySelectorAll(`[aria-label="Invite ${name} to connect"]`)];
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(connectActionOf(button)).toEqual({ slug, name });
  });

  test('a rail person’s Connect is theirs, not this person’s', () => {
    const { slug } = REAL['ember-2024-07-2nd-connect.html'];
    const { document } = load('ember-2024-07-2nd-connect.html', slug);
    const rail = document.querySelector('[aria-label="Invite Jejat Bodalola to connect"]')!;
    const action = connectActionOf(rail);
    expect(action?.name).toBe('Jejat Bodalola');
    expect(action?.slug).not.toBe(slug);
  });

  test('More’s Connect item (in the card and in the sticky header) is this person’s', () => {
    const { slug, name } = REAL['ember-2024-07-3rd-follow-more.html'];
    const { document } = load('ember-2024-07-3rd-follow-more.html', slug);
    const items = [
      ...document.querySelectorAll(`div[role="button"][aria-label="Invite ${name} to connect"]`),
    ];
    expect(items).toHaveLength(2);
    for (const item of items) expect(connectActionOf(item)).toEqual({ slug, name });
  });

  test('Follow, Message and More are not Connect actions', () => {
    const { slug } = REAL['ember-2024-07-3rd-follow-more.html'];
    const { document } = load('ember-2024-07-3rd-follow-more.html', slug);
    for (const label of ['Follow Gasur Bali', 'More actions', 'Message Gasur'])
      expect(connectActionOf(document.querySelector(`[aria-label="${label}"]`)!), label).toBeNull();
  });
});
