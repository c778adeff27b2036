/**
 * The few DOM helpers the helper draws with. Text always goes in through `textContent`, never as
 * markup, so a name like `<img onerror=…>` from the log shows as the characters it is.
 *
 * What we add to LinkedIn's page is invisible to its scripts (DESIGN.md "Principles" 3): a plain `<div>`
 * host with no id, class or attribute, a **closed** shadow root holding our style and content, and
 * buttons that answer only the person's own (trusted) input. We know our hosts by reference.
 */

import { OUR_MARK } from '../leftovers';

/** Our hosts, by reference: nothing on the element says it is ours. */
const hosts = new WeakSet<Node>();

/**
 * Whether a node is one of our hosts (for observers that must ignore our own comings and goings).
 *
 * @example records.every((r) => [...r.addedNodes].every(isOurs))
 */
export const isOurs = (node: Node | null | undefined): boolean => !!node && hosts.has(node);

/**
 * Creates an element with attributes and optional text.
 *
 * @example el('button', { 'aria-label': 'Hide' }, '×')
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
 * A plain host with a closed shadow root that holds our style: LinkedIn's scripts see an empty `<div>`
 * (`host.shadowRoot === null`), LinkedIn's CSS can't reach in and ours can't leak out. The root is
 * returned here and nowhere else: keep it, it can't be found again.
 *
 * @example const { host, root } = shadowHost(); root.append(el('p', {}, 'Hello'));
 */
export function shadowHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  // The mark lets a later version of Connect Coach find this host once this script is gone (leftovers.ts).
  root.append(el('style', { [OUR_MARK]: '' }, CSS));
  hosts.add(host);
  return { host, root };
}

/**
 * Runs `action` when the person presses `button` (click, Enter, Space): only for trusted events, so a
 * page script's `button.click()` or dispatched event does nothing.
 *
 * @example onPress(insertButton, () => insert());
 */
export function onPress(button: HTMLButtonElement, action: () => void): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
}

/** Small, tidy, readable in light and dark; the left edge and the verdict's tag take the verdict's colour,
 * set on the card from the shared table (src/core/verdicts.ts `verdictStyle`, AA on these backgrounds;
 * tests/core/verdicts.one-voice.test.ts checks it); the bar, which has no verdict, takes LinkedIn's blue. Buttons
 * keep the browser's own focus ring, and need no `type`: there is no form in our roots. */
const CSS = `:host{all:initial;display:block;margin:8px 0}*{font:14px/1.45 system-ui}
p,ul{margin:4px 0}[hidden]{display:none!important}header,.r{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.c{--v:var(--verdict-light,#0a66c2);color:#1d2226;background:#fff;border:1px solid #c9cdd2;border-left:4px solid var(--v);border-radius:8px;padding:8px 12px}
h2,b,.t{font-weight:600;margin:0}h2{flex:1}.t{color:var(--v);border:1px solid;border-radius:99px;padding:0 8px}.s{font-size:12px;color:#56687a}
button{border-radius:16px;border:1px solid;background:#0a66c2;color:#fff;padding:4px 14px;font-weight:600}
.x,.n{background:none;color:inherit}.x{border:0;font-size:18px;padding:0 6px}
@media (prefers-color-scheme:dark){.c{--v:var(--verdict-dark,#71b7fb);color:#e9e9e9;background:#1d2226;border-color:#56687a}.s{color:#b0b7bf}
button{background:#71b7fb;color:#000}}`;
