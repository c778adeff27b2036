/**
 * Which person a LinkedIn address is about: the content script's copy of `profileSlug` and
 * `normaliseSlug` from src/core/profile-address.ts (the one home of the address rules; src/linkedin
 * imports nothing but itself). tests/core/profile-address.test.ts runs the same accept/reject tables
 * against both, so the copy cannot drift.
 */

/** An address already taken apart: a `URL`, the page's `location`, or a link (`<a>` has these too). */
export type Address = Pick<URL, 'protocol' | 'hostname' | 'pathname'>;

/**
 * The profile's slug for `/in/<slug>/` and every sub-route of it (`overlay/…`, `details/…`,
 * `recent-activity/…`, `edit/…`), on www, a country subdomain or the bare host, with any query or hash;
 * null for anything else (feed, search, messaging, companies, schools, other sites, relative addresses).
 * The slug comes back in the one spelling the log stores it in: percent-decoded, lower-cased, re-encoded.
 * A string is parsed; `location` or a link is read as the browser already parsed it (no parse at all).
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
  return slug ? normalise(slug) : null;
}

/**
 * The copy of `normaliseSlug` (src/core/profile-address.ts); tests/core/profile-address.test.ts checks
 * that the two agree.
 *
 * @example normalise('Bj%C3%B6rn') // 'bj%C3%B6rn'
 */
export function normalise(slug: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape: keep the slug as it came, it can still match itself.
  }
  return encodeURIComponent(decoded.toLowerCase());
}
