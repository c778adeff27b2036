// @vitest-environment happy-dom
import { beforeAll, describe, expect, test } from 'vitest';
import { NOT_PROFILE_PAGES, PROFILE_PAGES } from '../../src/core/profile-address.examples';
import { profileSlug } from '../../src/linkedin';
import { slugOfLink } from '../../src/linkedin/top-card';

// The address tables live beside the address module (src/core/profile-address.examples.ts); here, the
// same addresses as the browser hands them to the content script: links and the page's location.
const PROFILES = PROFILE_PAGES;
const NOT_PROFILES = NOT_PROFILE_PAGES;

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
