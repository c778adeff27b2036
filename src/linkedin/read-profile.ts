/**
 * Reading a profile page: who the person is, how they relate to the reader, and on one's own profile,
 * what the profile has. Everything is read from the top card of the URL's person only.
 */

import { readDegree, readRelation } from './actions';
import { all, any, first, shown, text } from './dom';
import type { ProfileReading } from './reading';
import * as S from './selectors';
import { knownCard, nameHeading, slugOfLink, topCard, topCards } from './top-card';
import { type Address, profileSlug } from './url';

const warned = new Set<string>();

/**
 * Which of LinkedIn's layouts a card is in: the 2026 one carries componentkeys, Ember its artdeco classes.
 *
 * @example layoutOf(card) // 'sdui'
 */
export function layoutOf(card: Element): ProfileReading['layout'] {
  if (card.closest('[componentkey]') || card.querySelector('[componentkey]')) return 'sdui';
  if (card.closest('[data-member-id], .artdeco-card') || card.querySelector('[class*="artdeco-"]'))
    return 'ember';
  return 'unknown';
}

/**
 * The 2026 card's lines under the name, which carry no marker: the <p>s that follow the outermost block
 * around the name that has <p>s after it (inner blocks are followed by pronouns and the degree), the
 * headline first, then "Company · School".
 *
 * @example text(linesAfterName(card, h2)[0]) // the headline
 */
function linesAfterName(card: Element, heading: Element): Element[] {
  let block: Element | null = null;
  for (let node = heading.parentElement; node && node !== card; node = node.parentElement)
    if (node.nextElementSibling?.tagName === 'P') block = node;
  const lines: Element[] = [];
  for (let next = block?.nextElementSibling; next?.tagName === 'P'; next = next.nextElementSibling)
    lines.push(next);
  return lines.filter(shown);
}

/** One warning per person per page, so a LinkedIn change shows up as a message, not as silence or a flood. */
function warnOnce(slug: string, why: string): void {
  if (warned.has(slug)) return;
  warned.add(slug);
  console.warn(`[Connect Coach] Can't read the profile "${slug}": ${why}. LinkedIn may have changed.`);
}

/**
 * What the profile at `url` shows, read from its top card; null when `url` isn't a profile, or when the
 * page shows no top card for that person (then one console warning per person). Never throws.
 * `card` spares the search of the page when the caller has just found this person’s top card;
 * `expectedName` (the name the log knows) finds the card when LinkedIn’s known structure fails.
 *
 * @example readProfile(document, 'https://www.linkedin.com/in/priya-natarajan/')
 * // { slug: 'priya-natarajan', name: 'Priya Natarajan', headline: 'Director of Product · Hiring for Platform',
 * //   company: 'Contoso Health', degree: '2nd', relation: 'can-connect', own: false, connectAt: 'top-card',
 * //   layout: 'sdui', found: 'structure' }
 */
export function readProfile(
  document: Document,
  url: string | Address,
  card?: Element | null,
  expectedName?: string | null,
): ProfileReading | null {
  const slug = profileSlug(url);
  if (!slug) return null;
  try {
    card ??= topCard(document, slug, expectedName);
    if (!card) {
      warnOnce(
        slug,
        topCards(document).length ? 'the top card on the page is someone else’s' : 'no top card found',
      );
      return null;
    }
    const heading = nameHeading(card);
    const name = text(heading);
    const lines = heading ? linesAfterName(card, heading) : [];
    const degree = readDegree(card);
    const own = !degree && any(card, S.editLink).some((link) => slugOfLink(link) === slug && shown(link));
    const { relation, connectAt } = own
      ? ({ relation: 'unknown', connectAt: 'none' } as const)
      : readRelation(card, slug, name, degree);
    const headline = text(first(card, S.headline) ?? lines[0]);
    const company = text(first(card, S.company)) ?? text(lines[1])?.split(' · ')[0] ?? null;
    const found = knownCard(card) ? 'structure' : 'name';
    return {
      ...{ slug, name, headline, company, degree, relation, own, connectAt },
      ...{ layout: layoutOf(card), found },
    };
  } catch (error) {
    warnOnce(slug, String(error));
    return null;
  }
}

/** The profile checklist as one's own profile shows it (ProfileChecklistSchema in src/core/model.ts). */
export interface OwnProfile {
  photo: boolean;
  headline: boolean;
  currentRole: boolean;
  about: boolean;
}

/** Text of an About card without its heading ("About" itself says nothing about the person). */
function aboutText(card: Element): string {
  const section = card.closest('section') ?? card;
  const walker = section.ownerDocument.createTreeWalker(section, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('h1, h2, h3, h4, h5, h6')) out += node.textContent;
  }
  return out.trim();
}

/**
 * On one's own profile, which parts of the profile checklist are there: a photo (not LinkedIn's
 * placeholder), a headline, a current role, an About text. All false when the page has no top card for
 * the URL's person.
 *
 * @example readOwnProfile(document) // { photo: true, headline: true, currentRole: true, about: false }
 */
export function readOwnProfile(document: Document, url: string | Address = document.URL): OwnProfile {
  const slug = profileSlug(url);
  const card = slug ? topCard(document, slug) : null;
  const heading = card && nameHeading(card);
  if (!card || !heading) return { photo: false, headline: false, currentRole: false, about: false };
  const about = all(document, S.about).find((el) => aboutText(el));
  return {
    // The photo comes before the name; later pictures are logos and badges.
    photo: all(card, S.photo).some((img) => shown(img) && !!(img.compareDocumentPosition(heading) & 4)),
    headline: !!text(first(card, S.headline) ?? linesAfterName(card, heading)[0]),
    currentRole: !!text(first(card, S.company) ?? linesAfterName(card, heading)[1]),
    about: !!about,
  };
}
