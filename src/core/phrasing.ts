/** How every surface phrases a list of things: one place, so the popup, the reasons and the notifications agree. */

/**
 * "a", "a and b", "a, b and c"; `word` joins the last two ("or" for alternatives).
 *
 * @example listOf(['a photo', 'a headline', 'an about section']) // 'a photo, a headline and an about section'
 * @example listOf(['"receive"', '"recipe"'], 'or') // '"receive" or "recipe"'
 */
export function listOf(items: readonly string[], word: 'and' | 'or' = 'and'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}
