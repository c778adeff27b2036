/**
 * The few DOM helpers the content script draws with. Text always goes in through `textContent`, never
 * as markup, so a name like `<img onerror=…>` from the log shows as the characters it is.
 */

/**
 * Creates an element with attributes and optional text.
 *
 * @example el('button', { type: 'button', 'aria-label': 'Hide' }, '×')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]!);
  if (text) node.textContent = text;
  return node;
}

/**
 * A host element marked `data-connect-coach` (DESIGN.md: everything we add carries it) with an open
 * shadow root that holds our style, so LinkedIn's CSS can't reach in and ours can't leak out.
 *
 * @example const { host, root } = shadowHost('card'); root.append(el('p', {}, 'Hello'));
 */
export function shadowHost(kind: string): { host: HTMLElement; root: ShadowRoot } {
  const host = el('div', { 'data-connect-coach': kind });
  const root = host.attachShadow({ mode: 'open' });
  root.append(el('style', {}, CSS));
  return { host, root };
}

/** Small, tidy, readable in light and dark; the left edge takes the verdict's colour. */
const CSS = `:host{all:initial;display:block;margin:8px 0;--v:#0a66c2}
:host([data-verdict=send]),:host([data-verdict=connected]){--v:#057642}:host([data-verdict=avoid]){--v:#cb112d}
*{font:14px/1.45 system-ui,sans-serif}p,ul{margin:4px 0}[hidden]{display:none!important}
.c{color:#1d2226;background:#fff;border:1px solid #c9cdd2;border-left:4px solid var(--v);border-radius:8px;padding:8px 12px}
header,.r{display:flex;align-items:center;gap:8px;flex-wrap:wrap}h2{font-weight:600;margin:0;flex:1}.t,.s{font-size:12px;color:#56687a}
button{cursor:pointer;border-radius:16px;border:0;background:#0a66c2;color:#fff;padding:4px 14px;font-weight:600}
button.x{background:none;color:inherit;font-size:18px;padding:0 6px}button:focus-visible{outline:2px solid #0a66c2;outline-offset:2px}
@media (prefers-color-scheme:dark){.c{color:#e9e9e9;background:#1d2226;border-color:#56687a}.t,.s{color:#b0b7bf}
button{background:#71b7fb;color:#000}button:focus-visible{outline-color:#71b7fb}}`;
