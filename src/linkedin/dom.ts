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

/** An ancestor-or-self that hides an element from everyone, whatever the page's CSS. */
const HIDDEN = '[hidden], [aria-hidden="true"]';

/**
 * Whether the person can see the element: no ancestor is `hidden`, `aria-hidden="true"` or
 * `display:none`. `checkVisibility()` answers `display:none` where the browser has it; elsewhere the
 * ancestors' inline styles are walked. Cheap on a big page: one `closest()`, no style object per ancestor.
 *
 * @example shown(card.querySelector('.dist-value')!) // false inside a hidden sticky header
 */
export function shown(element: Element): boolean {
  if (element.closest(HIDDEN)) return false;
  if (element.checkVisibility) return element.checkVisibility();
  for (let node: Element | null = element; node; node = node.parentElement)
    if ((node as HTMLElement).style?.display === 'none') return false;
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
  return element.closest('a, button, [role="button"], [role="menuitem"]');
}
