/**
 * LinkedIn profile addresses: the one home of every rule about them (which addresses are a profile, the
 * one spelling of a slug, the one stored form). Page detection is by URL alone, github-url-detection's
 * way: each function's accepted and refused addresses are the tables in ./profile-address.examples.ts,
 * and tests/core/profile-address.test.ts runs every one. The content script carries a copy of
 * `profileSlug` (src/linkedin/url.ts: src/linkedin imports nothing but itself), checked by the same test.
 */

/** An address already taken apart: a `URL`, the page's `location`, or a link (`<a>` has these too). */
export type Address = Pick<URL, 'protocol' | 'hostname' | 'pathname'>;

/**
 * One spelling per person: percent-decoded then re-encoded, lower case. `Bj%C3%B6rn` and `björn` match.
 *
 * @example normaliseSlug('Bj%C3%B6rn') // 'bj%C3%B6rn'
 */
export function normaliseSlug(slug: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape: keep the slug as it came, it can still match itself.
  }
  return encodeURIComponent(decoded.toLowerCase());
}

/**
 * The profile's slug for `/in/<slug>/` and every sub-route of it (`overlay/…`, `details/…`,
 * `recent-activity/…`, `edit/…`), on www, a country subdomain or the bare host, with any query or hash;
 * null for anything else (feed, search, messaging, companies, schools, other sites, relative addresses).
 *
 * @example profileSlug('https://de.linkedin.com/in/Bj%C3%B6rn-%C3%85berg/details/experience/?x=1')
 * // 'bj%C3%B6rn-%C3%A5berg'
 */
export function profileSlug(url: string | Address): string | null {
  let parsed: Address;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const host = parsed.hostname;
  if (!/^https?:$/.test(parsed.protocol) || (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')))
    return null;
  const slug = /^\/in\/([^/]+)/.exec(parsed.pathname)?.[1];
  return slug ? normaliseSlug(slug) : null;
}

/**
 * The stored form of a profile address.
 *
 * @example profileUrlOf('Bj%C3%B6rn') // 'https://www.linkedin.com/in/bj%C3%B6rn/'
 */
export const profileUrlOf = (slug: string): string => `https://www.linkedin.com/in/${normaliseSlug(slug)}/`;

/**
 * The stored form of an address as a person pastes it (`linkedin.com/in/x?trk=…`, `de.linkedin.com/in/x`,
 * a link to one of the profile's sub-pages), or null when it is not a profile's.
 *
 * @example normaliseProfileUrl('de.linkedin.com/in/Priya-N?trk=public') // 'https://www.linkedin.com/in/priya-n/'
 */
export function normaliseProfileUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return null;
  const slug = profileSlug(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return slug ? profileUrlOf(slug) : null;
}

/**
 * The slug of an address in its stored form (as `profileUrlOf` writes it); null for any other text.
 *
 * @example slugOfProfileUrl('https://www.linkedin.com/in/priya-natarajan/') // 'priya-natarajan'
 */
export function slugOfProfileUrl(url: string | undefined): string | null {
  const match = url ? /^https:\/\/www\.linkedin\.com\/in\/([^/?#\s]+)\/$/.exec(url) : null;
  return match?.[1] ? normaliseSlug(match[1]) : null;
}
