// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { normaliseSlug, slugOfProfileUrl } from '../../src/core/model';
import { profileSlug } from '../../src/linkedin';
import { slugOfLink } from '../../src/linkedin/top-card';
import { normalise } from '../../src/linkedin/url';

// Page detection is a table of addresses (github-url-detection's way): each address a person can be on,
// with the person it is about, or null when it is not a profile.

const PROFILES: [url: string, slug: string][] = [
  ['https://www.linkedin.com/in/priya-natarajan/', 'priya-natarajan'],
  ['https://www.linkedin.com/in/priya-natarajan', 'priya-natarajan'], // no trailing slash
  ['https://www.linkedin.com/in/priya-natarajan/overlay/contact-info/', 'priya-natarajan'],
  ['https://www.linkedin.com/in/priya-natarajan/overlay/about-this-profile/', 'priya-natarajan'],
  ['https://www.linkedin.com/in/priya-natarajan/details/experience/', 'priya-natarajan'],
  ['https://www.linkedin.com/in/priya-natarajan/recent-activity/all/', 'priya-natarajan'],
  ['https://www.linkedin.com/in/priya-natarajan/edit/intro/', 'priya-natarajan'], // one's own profile, editing
  ['https://www.linkedin.com/in/priya-natarajan/?originalSubdomain=pt', 'priya-natarajan'],
  ['https://www.linkedin.com/in/priya-natarajan/#experience', 'priya-natarajan'],
  ['https://www.linkedin.com/in/priya-natarajan?trk=people-guest_people_search-card', 'priya-natarajan'],
  ['https://de.linkedin.com/in/lena-fischer/', 'lena-fischer'], // country subdomain
  ['https://fr.linkedin.com/in/zoe-kowalczyk-4b1a2', 'zoe-kowalczyk-4b1a2'],
  ['https://linkedin.com/in/noah-becker/', 'noah-becker'], // bare host
  ['http://www.linkedin.com/in/noah-becker/', 'noah-becker'], // redirected to https by LinkedIn
  ['https://www.linkedin.com/in/Mateo-Alvarez-7731/', 'mateo-alvarez-7731'], // case differs
  ['https://www.linkedin.com/in/bj%C3%B6rn-%C3%A5berg/', 'bj%C3%B6rn-%C3%A5berg'], // percent-encoded
  ['https://www.linkedin.com/in/Bj%C3%B6rn-%C3%85berg/', 'bj%C3%B6rn-%C3%A5berg'], // encoded capitals
  ['https://www.linkedin.com/in/björn-åberg/', 'bj%C3%B6rn-%C3%A5berg'], // as typed, unencoded
  ['https://www.linkedin.com/in/bj%c3%b6rn-%c3%a5berg/', 'bj%C3%B6rn-%C3%A5berg'], // lower-case escapes
];

const NOT_PROFILES = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/',
  'https://www.linkedin.com/search/results/people/?keywords=priya',
  'https://www.linkedin.com/messaging/thread/2-abc/',
  'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
  'https://www.linkedin.com/company/contoso-health/',
  'https://www.linkedin.com/school/university-of-lisbon/',
  'https://www.linkedin.com/jobs/view/123456/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in',
  'https://www.linkedin.com/pub/dir/Priya/Natarajan',
  'https://www.linkedin.com/company/in/priya-natarajan/', // /in/ not at the start
  'https://evil-linkedin.com/in/priya-natarajan/',
  'https://www.linkedin.com.example.org/in/priya-natarajan/',
  'https://example.org/in/priya-natarajan/',
  'javascript:alert(1)//www.linkedin.com/in/priya-natarajan/',
  'data:text/html,https://www.linkedin.com/in/priya-natarajan/',
  '/in/priya-natarajan/', // relative: no page to resolve against
  'not a url',
  '',
];

describe('profileSlug', () => {
  test.each(PROFILES)('%s is the profile of %s', (url, slug) => {
    expect(profileSlug(url)).toBe(slug);
    expect(profileSlug(new URL(url))).toBe(slug);
  });

  test.each(NOT_PROFILES)('%s is not a profile', (url) => {
    expect(profileSlug(url)).toBeNull();
  });

  test('a profile read from the page matches the one stored in the log', () => {
    for (const [url, slug] of PROFILES) {
      expect(slugOfProfileUrl(`https://www.linkedin.com/in/${slug}/`)).toBe(profileSlug(url));
    }
  });
});

describe('addresses the browser already parsed: the page’s location and its links', () => {
  /** A link as a LinkedIn page holds it (resolved against the page's own address). */
  const link = (href: string) => {
    const a = document.createElement('a');
    a.setAttribute('href', href);
    return a;
  };
  const goTo = (url: string) =>
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  beforeAll(() => goTo('https://www.linkedin.com/in/someone-else/'));

  test.each(PROFILES)('a link to %s names %s, as the string does', (url, slug) => {
    expect(profileSlug(link(url))).toBe(slug);
    expect(slugOfLink(link(url))).toBe(slug);
  });

  // Absolute addresses only: a relative link is the page's own business (it resolves against the page).
  test.each(NOT_PROFILES.filter((url) => /^(https?|data):/.test(url)))('a link to %s names no one', (url) => {
    expect(slugOfLink(link(url))).toBeNull();
  });

  test.each([
    // href as LinkedIn writes it, the person it names
    ['/in/priya-natarajan/', 'priya-natarajan'], // relative, resolved on LinkedIn
    ['/in/Priya-Natarajan/overlay/contact-info/', 'priya-natarajan'],
    ['/preload/custom-invite/?vanityName=priya-natarajan', 'priya-natarajan'], // SDUI's Connect
    ['/preload/custom-invite/?vanityName=Bj%C3%B6rn-%C3%85berg', 'bj%C3%B6rn-%C3%A5berg'],
    ['/preload/custom-invite/?x=1&vanityName=lena-fischer&y=2', 'lena-fischer'],
    ['/preload/custom-invite/?vanityName=', null], // no one
    ['/messaging/compose/?recipient=ACoAAB', null],
  ] as const)('%s names %s', (href, slug) => {
    expect(slugOfLink(link(href))).toBe(slug);
    // Any other element with an href is read against LinkedIn's address, the same way.
    const other = document.createElement('div');
    other.setAttribute('href', href);
    expect(slugOfLink(other)).toBe(slug);
  });

  test('the page’s location reads as its address', () => {
    goTo('https://de.linkedin.com/in/Bj%C3%B6rn-%C3%85berg/details/experience/?x=1');
    expect(profileSlug(location)).toBe('bj%C3%B6rn-%C3%A5berg');
    goTo('https://www.linkedin.com/feed/');
    expect(profileSlug(location)).toBeNull();
  });
});

describe('the slug normalisation copied from src/core/model.ts', () => {
  test.each(['Bj%C3%B6rn', 'björn', 'priya-natarajan', '%E0%A4%A', '100%', 'A%2FB', 'ÅSA'])(
    'agrees on %s',
    (slug) => {
      expect(normalise(slug)).toBe(normaliseSlug(slug));
    },
  );

  test('agrees on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (slug) => normalise(slug) === normaliseSlug(slug)),
    );
  });
});
