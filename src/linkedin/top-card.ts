/**
 * The top card of the person a page is about. After an in-page navigation the previous person's card
 * stays on screen for a moment (about 150 ms), so a card counts only when its own links name the slug.
 */
import { any, first } from './dom';
import * as S from './selectors';
import { type Address, normalise, profileSlug } from './url';

/**
 * The slug of a link's target: a profile address (absolute or relative), or a Connect link's
 * `?vanityName=`. Null for other links. An `<a>` is read as the browser resolved it (LinkedIn's pages
 * have no other base), anything else against LinkedIn's address.
 *
 * @example slugOfLink(a) // 'priya-natarajan' for href="/preload/custom-invite/?vanityName=priya-natarajan"
 */
export function slugOfLink(link: Element): string | null {
  const href = link.getAttribute('href');
  if (!href) return null;
  const url: Address & { search: string } =
    link.tagName === 'A' && 'pathname' in link
      ? (link as HTMLAnchorElement)
      : new URL(href, 'https://www.linkedin.com/');
  const vanity = url.pathname.startsWith('/preload/') && /[?&]vanityName=([^&]*)/.exec(url.search)?.[1];
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
  const links = any(card, S.cardIdentity);
  const around = nameHeading(card)?.closest('a');
  if (around) links.push(around);
  return [...new Set(links.map(slugOfLink).filter((slug): slug is string => !!slug))];
}

/** The top card's alternatives as one selector list: one pass over a big page instead of one each. */
const TOP_CARD = S.topCard.join();
const NAME_LINK = S.cardNameLink.join();

/** The card around a 2026 name link when the Topcard key is missing: its section, or the wrapper. */
const cardOfLink = (link: Element): Element | null => {
  const section = link.closest('section');
  return section && outermost(section);
};

/**
 * Every top card on the page, whoever it belongs to: LinkedIn's known card markers, else the 2026
 * cards found by their name's link.
 *
 * @example topCards(document).length // 1
 */
export function topCards(document: Document): Element[] {
  const known = [...document.querySelectorAll(TOP_CARD)];
  if (known.length) return known;
  const found = [...document.querySelectorAll(NAME_LINK)].map(cardOfLink);
  return [...new Set(found.filter((card): card is Element => !!card))];
}

/** Whether `card` was found by LinkedIn's known structure (not by the name we expected). */
export const knownCard = (card: Element): boolean =>
  card.matches(TOP_CARD) || !!card.querySelector(NAME_LINK);

/**
 * Whether a change to the page may have brought or changed a top card: an added element that is or
 * holds one, or a change inside one. A few `matches`/`closest` calls, so an observer of a busy page's
 * whole body stays cheap; only then is the page searched.
 *
 * @example new MutationObserver((records) => records.some(touchesTopCard) && look())
 */
export function touchesTopCard(record: MutationRecord): boolean {
  const target = record.target as Element;
  if (target.closest?.(TOP_CARD) || target.closest?.('section')?.querySelector(NAME_LINK)) return true;
  return [...record.addedNodes].some(
    (node) =>
      node.nodeType === 1 &&
      ((node as Element).matches(TOP_CARD) ||
        !!(node as Element).querySelector(TOP_CARD) ||
        !!(node as Element).querySelector(NAME_LINK)),
  );
}

/**
 * The outermost element of a top card: the 2026 layout wraps the card's section in a div carrying the
 * card's componentkey (and id), and re-renders that wrapper whole, so what is added after the card goes
 * after it.
 *
 * @example outermost(section) // <div componentkey="…QsTopcard"> around it; Ember's section itself
 */
export function outermost(card: Element): Element {
  return card.closest(S.cardWrapper.join()) ?? card;
}

/**
 * This person's top card, or null while there is none (not rendered yet, or the previous person's card
 * still showing: a card that names any other slug is not this person's). When LinkedIn's known
 * structure finds nothing and `expectedName` is given, the heading whose text is that name, nearest the
 * top of `main`, and the links carrying the slug locate the card (see cardByName).
 *
 * @example topCard(document, 'priya-natarajan') // <section componentkey="…Topcard">
 */
export function topCard(document: Document, slug: string, expectedName?: string | null): Element | null {
  const want = normalise(slug);
  const names = (card: Element | null) => {
    const slugs = card ? cardSlugs(card) : [];
    return slugs.length > 0 && slugs.every((one) => one === want);
  };
  // The page's first card is nearly always the one: finding it stops early, near the top of a big page.
  const first = document.querySelector(TOP_CARD);
  const known = names(first) ? first : (topCards(document).find(names) ?? null);
  return known ?? (expectedName ? cardByName(document, want, expectedName) : null);
}

/** A text as names compare: white space collapsed, lower case. */
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The card found by what we know of the person, in any layout or language: the first heading in `main`
 * whose text is the name; its card is the largest ancestor that still links only to this slug.
 *
 * @example cardByName(document, 'priya-natarajan', 'Priya Natarajan') // the <section> around the h2
 */
export function cardByName(document: Document, slug: string, name: string): Element | null {
  const root = document.querySelector('main') ?? document.body;
  if (!root) return null;
  const want = squash(name);
  const heading = [...root.querySelectorAll('h1, h2, h3')].find((h) => squash(h.textContent) === want);
  if (!heading) return null;
  let card: Element | null = null;
  for (let node = heading.parentElement; node && node !== root; node = node.parentElement) {
    const slugs = [...node.querySelectorAll('a[href]')].map(slugOfLink).filter(Boolean);
    if (slugs.some((one) => one !== slug)) break;
    if (slugs.length) card = node;
  }
  return card;
}
