/** Small DOM helpers for the readers: plain DOM, no dependencies. */

/**
 * Every element under `root` that matches any of the alternatives, in the alternatives' order, once each.
 *
 * @example all(card, ['h1', 'a[href*="/in/"] h2'])
 */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  return [...new Set(selectors.flatMap((selector) => [...root.querySelectorAll(selector)]))];
}

/**
 * Every element under `root` that matches any of the alternatives, in page order, once each: one query
 * instead of one per alternative, for callers that only ask whether (or which) any matches.
 *
 * @example any(card, ['svg[id="clock-small"]', 'button[aria-label^="Pending,"]']).length > 0
 */
export function any(root: ParentNode, selectors: readonly string[]): Element[] {
  return [...root.querySelectorAll(selectors.join())];
}

/**
 * An ancestor-or-self that hides an element from the eye, whatever the page's CSS: `hidden`, and the
 * screen-reader-only copies LinkedIn puts beside what it shows ("2nd degree connection" beside "2nd").
 * Not `aria-hidden`: LinkedIn marks the *visible* badge aria-hidden="true".
 */
const HIDDEN = '[hidden], .visually-hidden, .a11y-text, .sr-only';

/** An inline style that hides (saved pages and stand-ins have no stylesheet to ask). */
const hiddenStyle = (style: CSSStyleDeclaration | undefined) =>
  !!style && (style.display === 'none' || style.visibility === 'hidden');

/**
 * Whether the person can see the element: no ancestor is `hidden`, a screen-reader-only copy,
 * `display:none` or `visibility:hidden`. `checkVisibility()` answers for the page's CSS where the browser
 * has it; the ancestors' inline styles are walked too, so it holds where the CSS never loaded.
 * `aria-hidden` never counts: it says "not for screen readers", not "not on screen".
 *
 * @example shown(card.querySelector('.dist-value')!) // true, though aria-hidden="true"
 */
export function shown(element: Element): boolean {
  if (element.closest(HIDDEN)) return false;
  if (element.checkVisibility && !element.checkVisibility({ visibilityProperty: true } as never))
    return false;
  for (let node: Element | null = element; node; node = node.parentElement)
    if (hiddenStyle((node as HTMLElement).style)) return false;
  return true;
}

/**
 * The first visible element under `root` matching any alternative, or null.
 *
 * @example first(card, ['.text-body-medium'])
 */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  return all(root, selectors).find(shown) ?? null;
}

/**
 * An element's text with its white space collapsed, or null when there is none.
 *
 * @example text(h1) // 'Priya Natarajan'
 */
export function text(element: Element | null | undefined): string | null {
  return element?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

/**
 * The closest link or button around an element (an icon, a label): the thing a person would press.
 *
 * @example pressable(svg) // the <a> around Connect's icon
 */
export function pressable(element: Element): Element | null {
  return element.closest(PRESSABLE);
}

/** What a person presses: a link, a button, a menu item. */
export const PRESSABLE = 'a, button, [role="button"], [role="menuitem"]';
