// @vitest-environment happy-dom
import { afterAll, describe, expect, test } from 'vitest';
import { readOwnProfile, readProfile } from '../../src/linkedin';
import { closeAll, open } from './pages';

afterAll(closeAll);

describe('readOwnProfile: the checklist, from one’s own profile', () => {
  test.each([
    // page, photo, headline, current role, about
    ['ember-own.html', true, true, true, true],
    ['sdui-own.html', true, true, true, true],
    ['ember-own-bare.html', false, true, true, false], // LinkedIn's grey placeholder; About card empty
    ['sdui-own-bare.html', false, true, true, false], // an icon where the photo would be; About card empty
  ])('%s: photo %s, headline %s, role %s, about %s', (file, photo, headline, currentRole, about) => {
    const { document, url } = open(file);
    expect(readProfile(document, url)?.own).toBe(true);
    expect(readOwnProfile(document)).toEqual({ photo, headline, currentRole, about });
    expect(readOwnProfile(document, url)).toEqual({ photo, headline, currentRole, about });
  });

  test('all false when the page has no top card for that address', () => {
    const nothing = { photo: false, headline: false, currentRole: false, about: false };
    expect(readOwnProfile(open('sdui-drift.html').document)).toEqual(nothing);
    expect(readOwnProfile(open('ember-own.html', { slug: 'priya-natarajan' }).document)).toEqual(nothing);
  });

  test('an edit link to someone else’s profile does not make a profile one’s own', () => {
    const { document, url } = open('sdui-own.html');
    const edit = document.querySelector('a[href*="/edit/intro/"]')!;
    edit.setAttribute('href', 'https://www.linkedin.com/in/someone-else/edit/intro/');
    expect(readProfile(document, url)?.own).toBe(false);
  });
});
