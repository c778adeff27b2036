/**
 * What the top card's actions say about the relation, as the page shows it without any interaction:
 * Pending, Connect, Follow, Message, and whether Connect waits under More.
 */

import { all, any, first, pressable, shown, text } from './dom';
import type { ProfileReading } from './reading';
import * as S from './selectors';
import { slugOfLink } from './top-card';

type Degree = ProfileReading['degree'];
type Relation = Pick<ProfileReading, 'relation' | 'connectAt'>;

const MENU = S.moreMenu.join();

/** The visible things a person could press for these selectors, outside More's menu (Ember keeps it in
 * the page, hidden only by CSS a saved page lacks); links must lead to `slug`. Visibility is checked
 * last: it is the one test that needs the page's style. */
function pressables(card: Element, selectors: readonly string[], slug: string): Element[] {
  return [
    ...new Set(
      any(card, selectors)
        .map(pressable)
        .filter(
          (el): el is Element =>
            !!el &&
            !el.closest(MENU) &&
            (el.tagName !== 'A' || !el.matches(S.connect[0]!) || slugOfLink(el) === slug) &&
            shown(el),
        ),
    ),
  ];
}

/** Ember only: once an invitation is out, LinkedIn demotes the main button, so no action is primary. */
function emberPending(card: Element): boolean {
  const actions = any(card, S.emberActions).filter((el) => !el.closest(MENU) && shown(el));
  return actions.length > 0 && !actions.some((el) => S.emberPrimary.some((primary) => el.matches(primary)));
}

/** More's menu items, or null when the menu isn't in the page (SDUI renders it only while open). */
function moreMenus(card: Element): Element[] | null {
  const trigger = first(card, S.more);
  if (!trigger) return null;
  const beside = trigger.parentElement ? any(trigger.parentElement, S.moreMenu) : [];
  if (beside.length) return beside;
  return trigger.getAttribute('aria-expanded') === 'true' ? any(card.ownerDocument, S.moreMenu) : null;
}

/** Connect in the menu: SDUI's link to this slug, or Ember's item whose label names the person. */
function connectIn(menus: Element[], slug: string, name: string | null): boolean {
  return menus.some((menu) =>
    any(menu, S.moreConnect).some((item) => {
      if (item.hasAttribute('href')) return slugOfLink(item) === slug;
      if (item.tagName.toLowerCase() === 'svg') return true; // Connect's own icon
      // Words, for an item without an icon: its label names the person ("Unfollow X" has an icon).
      return !item.querySelector('svg') && !!name && !!item.getAttribute('aria-label')?.includes(name);
    }),
  );
}

/**
 * Reads the relation from the card's actions. Precedence: pending, connected (1st degree, or no degree
 * shown and Message the only main action), can-connect, follow-only (the main action isn't Connect), unknown.
 * `connectAt` is where Connect is: the card, More (when the menu shows it, or when Follow leads and the
 * menu isn't rendered yet, as in the 2026 layout), or nowhere.
 *
 * @example readRelation(card, 'lena-fischer', 'Lena Fischer', '3rd') // { relation: 'follow-only', connectAt: 'more' }
 */
export function readRelation(card: Element, slug: string, name: string | null, degree: Degree): Relation {
  const connect = pressables(card, S.connect, slug).length > 0;
  const pending = pressables(card, S.pending, slug).length > 0 || emberPending(card);
  // Follow, Message and More's menu are read only where they decide something (most cards have Connect).
  let following: boolean | undefined;
  const follow = () =>
    (following ??= pressables(card, S.follow, slug).some(
      (el) => !any(el, S.connect).length && !any(el, S.message).length,
    ));
  const messageOnly = () => !connect && !follow() && pressables(card, S.message, slug).length > 0;
  let relation: ProfileReading['relation'] = 'unknown';
  if (pending) relation = 'pending';
  else if (degree === '1st' || (!degree && messageOnly())) relation = 'connected';
  else if (connect) relation = 'can-connect';
  else if (follow()) relation = 'follow-only';
  let connectAt: ProfileReading['connectAt'] = 'none';
  if (connect) connectAt = 'top-card';
  else {
    const menus = moreMenus(card);
    if (menus ? connectIn(menus, slug, name) : relation === 'follow-only') connectAt = 'more';
  }
  return { relation, connectAt };
}

/**
 * The degree badge: 1st, 2nd or 3rd (3rd+ counts as 3rd) in any language, by its digit ("2e", "2nd").
 * In the 2026 layout the badge is a <p> starting with "·"; a headline like "2x founder" is not a degree.
 *
 * @example readDegree(card) // '2nd'
 */
export function readDegree(card: Element): Degree {
  for (const el of all(card, S.degree)) {
    const match = /^(·\s*)?([1-3])(?!\d)\S{0,4}$/.exec(text(el) ?? '');
    // Visibility only for a badge-like text: the one test that needs the page's style.
    if (match && (match[1] || el.tagName !== 'P') && shown(el))
      return (['1st', '2nd', '3rd'] as const)[Number(match[2]) - 1]!;
  }
  return null;
}
