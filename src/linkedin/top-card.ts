/**
 * The top card of the person a page is about. After an in-page navigation the previous person's card
 * stays on screen for a moment (about 150 ms), so a card counts only when its own links name the slug.
 */
import { all, first } from './dom';
import * as S from './selectors';
import { normalise, profileSlug } from './url';

/**
 * The slug of a link's target: a profile address (absolute or relative), or a Connect link's
 * `?vanityName=`. Null for other links.
 *
 * @example slugOfLink(a) // 'priya-natarajan' for href="/preload/custom-invite/?vanityName=priya-natarajan"
 */
export function slugOfLink(link: Element): string | null {
  const href = link.getAttribute('href');
  if (!href) return null;
  const url = new URL(href, 'https://www.linkedin.com/');
  const vanity = url.pathname.startsWith('/preload/') ? url.searchParams.get('vanityName') : null;
  return vanity ? normalise(vanity) : profileSlug(url);
}

/** The name heading of a card. */
export const nameHeading = (card: ParentNode): Element | null => first(card, S.name);

/**
 * The slugs a card names: its Contact info link and the link around the name.
 *
 * @example cardSlugs(card) // ['priya-natarajan']
 */
export function cardSlugs(card: Element): string[] {
  const links = all(card, S.cardIdentity);
  const around = nameHeading(card)?.closest('a');
  if (around) links.push(around);
  return [...new Set(links.map(slugOfLink).filter((slug): slug is string => !!slug))];
}

/**
 * Every top card on the page, whoever it belongs to.
 *
 * @example topCards(document).length // 1
 */
export const topCards = (document: Document): Element[] => all(document, S.topCard);

/**
 * This person's top card, or null while there is none (not rendered yet, or the previous person's card
 * still showing: a card that names any other slug is not this person's).
 *
 * @example topCard(document, 'priya-natarajan') // <section componentkey="…Topcard">
 */
export function topCard(document: Document, slug: string): Element | null {
  const want = normalise(slug);
  return (
    topCards(document).find((card) => {
      const slugs = cardSlugs(card);
      return slugs.length > 0 && slugs.every((one) => one === want);
    }) ?? null
  );
}
