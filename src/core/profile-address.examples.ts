/**
 * The addresses each function of ./profile-address.ts must accept and refuse, github-url-detection style:
 * tests/core/profile-address.test.ts runs every row against the function and against the content
 * script's copy (src/linkedin/url.ts). Data only: nothing imports this but the tests.
 */

// Page detection: each address a person can be on, with the person it is about, or none.
export const PROFILE_PAGES: readonly (readonly [url: string, slug: string])[] = [
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

export const NOT_PROFILE_PAGES: readonly string[] = [
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

/** `normaliseProfileUrl`: addresses as people paste them, and the one stored form. */
export const PASTED: readonly (readonly [pasted: string, stored: string])[] = [
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
  ['https://www.linkedin.com/in/bj%C3%B6rn-lindqvist/', 'https://www.linkedin.com/in/bj%C3%B6rn-lindqvist/'],
  ['https://www.linkedin.com/in/björn-lindqvist', 'https://www.linkedin.com/in/bj%C3%B6rn-lindqvist/'],
  ['https://www.linkedin.com/in/Bj%C3%96rn-Lindqvist/', 'https://www.linkedin.com/in/bj%C3%B6rn-lindqvist/'],
];

/** `normaliseProfileUrl`: text that is no profile's address, and why. */
export const NOT_PASTED: readonly (readonly [pasted: string, why: string])[] = [
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
];
