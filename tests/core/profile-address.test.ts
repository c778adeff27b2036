import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ProfileUrl } from '../../src/core/model';
import {
  normaliseProfileUrl,
  normaliseSlug,
  profileSlug,
  profileUrlOf,
  slugOfProfileUrl,
} from '../../src/core/profile-address';
import {
  NOT_PASTED,
  NOT_PROFILE_PAGES,
  PASTED,
  PROFILE_PAGES,
} from '../../src/core/profile-address.examples';
import { profileSlug as contentProfileSlug, normalise } from '../../src/linkedin/url';

// Every row of the tables beside the module, against the module and the content script's copy of it.

describe('profileSlug', () => {
  test.each(PROFILE_PAGES)('%s is the profile of %s', (url, slug) => {
    expect(profileSlug(url)).toBe(slug);
    expect(profileSlug(new URL(url))).toBe(slug);
    expect(contentProfileSlug(url)).toBe(slug);
    expect(contentProfileSlug(new URL(url))).toBe(slug);
  });

  test.each(NOT_PROFILE_PAGES)('%s is not a profile', (url) => {
    expect(profileSlug(url)).toBeNull();
    expect(contentProfileSlug(url)).toBeNull();
  });

  test('a profile read from the page matches the one stored in the log', () => {
    for (const [url, slug] of PROFILE_PAGES) {
      expect(slugOfProfileUrl(`https://www.linkedin.com/in/${slug}/`)).toBe(profileSlug(url));
      expect(slugOfProfileUrl(profileUrlOf(slug))).toBe(slug);
    }
  });
});

describe('normaliseProfileUrl brings a pasted profile address to the stored form', () => {
  test.each(PASTED)('%s → %s', (pasted, stored) => {
    expect(normaliseProfileUrl(pasted)).toBe(stored);
    expect(ProfileUrl.safeParse(stored).success).toBe(true);
  });

  test.each(NOT_PASTED)('refuses %j (%s)', (pasted) => {
    expect(normaliseProfileUrl(pasted)).toBeNull();
  });

  test('every profile page, pasted, is stored as its profile', () => {
    for (const [url, slug] of PROFILE_PAGES) expect(normaliseProfileUrl(url)).toBe(profileUrlOf(slug));
  });
});

describe('the content script’s copy of the slug normalisation', () => {
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
