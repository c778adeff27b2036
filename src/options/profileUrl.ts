/**
 * Profile addresses as people paste them (`linkedin.com/in/x?trk=…`, `de.linkedin.com/in/x`, a link to
 * one of the profile's sub-pages) brought to the one stored form, `https://www.linkedin.com/in/<slug>/`.
 */
import { normaliseSlug } from '../core/basics';

/** Any host of LinkedIn's: `linkedin.com`, `www.`, country subdomains such as `de.` or `uk.`, `mobile.`. */
const LINKEDIN_HOST = /^([a-z0-9-]+\.)?linkedin\.com$/;

/**
 * The stored form of a pasted LinkedIn profile address, or null when it is not one.
 *
 * @example
 * normaliseProfileUrl('de.linkedin.com/in/Priya-N?trk=public') // 'https://www.linkedin.com/in/priya-n/'
 * normaliseProfileUrl('https://www.linkedin.com/company/contoso/') // null
 */
export function normaliseProfileUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!LINKEDIN_HOST.test(url.hostname)) return null;
  const [first, slug] = url.pathname.split('/').filter(Boolean);
  if (first !== 'in' || !slug) return null;
  return `https://www.linkedin.com/in/${normaliseSlug(slug)}/`;
}
