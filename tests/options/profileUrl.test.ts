import { describe, expect, it } from 'vitest';
import { ProfileUrl } from '../../src/core/model';
import { normaliseProfileUrl } from '../../src/options/profileUrl';

describe('normaliseProfileUrl brings a pasted profile address to the stored form', () => {
  it.each([
    ['https://www.linkedin.com/in/priya-natarajan/', 'https://www.linkedin.com/in/priya-natarajan/'],
    ['https://www.linkedin.com/in/priya-natarajan', 'https://www.linkedin.com/in/priya-natarajan/'],
    ['linkedin.com/in/priya-natarajan?trk=public_profile', 'https://www.linkedin.com/in/priya-natarajan/'],
    ['de.linkedin.com/in/priya-natarajan', 'https://www.linkedin.com/in/priya-natarajan/'],
    ['http://uk.linkedin.com/in/priya-natarajan/#experience', 'https://www.linkedin.com/in/priya-natarajan/'],
    ['  www.linkedin.com/in/Priya-Natarajan/  ', 'https://www.linkedin.com/in/priya-natarajan/'],
    [
      'https://www.linkedin.com/in/priya-natarajan/details/experience/',
      'https://www.linkedin.com/in/priya-natarajan/',
    ],
    [
      'https://www.linkedin.com/in/priya-natarajan/overlay/contact-info/',
      'https://www.linkedin.com/in/priya-natarajan/',
    ],
    [
      'https://www.linkedin.com/in/bj%C3%B6rn-lindqvist/',
      'https://www.linkedin.com/in/bj%C3%B6rn-lindqvist/',
    ],
    ['https://www.linkedin.com/in/björn-lindqvist', 'https://www.linkedin.com/in/bj%C3%B6rn-lindqvist/'],
    [
      'https://www.linkedin.com/in/Bj%C3%96rn-Lindqvist/',
      'https://www.linkedin.com/in/bj%C3%B6rn-lindqvist/',
    ],
  ])('%s → %s', (pasted, stored) => {
    expect(normaliseProfileUrl(pasted)).toBe(stored);
    expect(ProfileUrl.safeParse(stored).success).toBe(true);
  });

  it.each([
    ['', 'nothing'],
    ['Priya Natarajan', 'a name, not an address'],
    ['https://www.linkedin.com/company/contoso/', 'a company page'],
    ['https://www.linkedin.com/feed/', 'the feed'],
    ['https://www.linkedin.com/in/', 'no one in particular'],
    ['https://linkedin.com.example.net/in/priya/', 'a look-alike host'],
    ['https://notlinkedin.com/in/priya/', 'another site'],
    ['ftp://www.linkedin.com/in/priya/', 'not the web'],
    ['javascript:alert(1)', 'a script'],
    ['https://www.linkedin.com/in/priya natarajan/', 'a space inside'],
  ])('refuses %j (%s)', (pasted) => {
    expect(normaliseProfileUrl(pasted)).toBeNull();
  });
});
