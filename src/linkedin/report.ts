/**
 * A page report: a structural snapshot of the top card, an open More menu and the dialog outlets
 * (including the open shadow root of #interop-outlet, which "Save page" never captures), to paste into
 * a bug report when LinkedIn changes. Nothing is sent anywhere. Personal text and ids are replaced
 * (./report-scrub.ts); tags, roles, LinkedIn's UI words, ARIA names of controls and URL shapes stay.
 * Shadow roots are inlined as `<template shadowrootmode="open">`, so the report loads as a fixture page.
 * Injected on demand in its own bundle: never part of the always-on script.
 */
import { noteDialogRoots } from './dialogs';
import { Slugs, scrubClass, scrubId, scrubText } from './report-scrub';
import * as S from './selectors';
import { slugOfLink, topCards } from './top-card';
import { profileSlug } from './url';

const VOID = /* @__PURE__ */ new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);
const SKIP = /* @__PURE__ */ new Set([
  'script',
  'style',
  'code',
  'noscript',
  'iframe',
  'template',
  'link',
  'meta',
]);

/** Attributes whose values say how the page is built, never who is on it: kept as they are. */
const KEEP_TEXT = `role type tabindex hidden disabled readonly aria-hidden aria-expanded aria-haspopup aria-modal
  aria-disabled aria-live aria-labelledby aria-describedby maxlength minlength rows size name for
  autocomplete popover loading fetchpriority data-test-icon data-test-modal-id data-test-modal
  data-test-modal-container data-floating-ui-portal data-display-contents data-testid data-view-name
  data-sdui-component data-component-type data-supported-dps data-test-modal-close-btn width height`;
let keep: Set<string> | undefined;
const KEEP = {
  has(name: string) {
    keep ??= new Set(KEEP_TEXT.split(/\s+/));
    return keep.has(name);
  },
};
/** Attributes that are ids, keys or addresses: their shape is kept, their personal parts replaced. */
const SHAPED = /* @__PURE__ */ new Set(['id', 'componentkey', 'href', 'src', 'srcset', 'data-member-id']);

const escapeText = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** One attribute's value as the report may show it. */
function scrubAttribute(name: string, value: string, slugs: Slugs): string {
  if (KEEP.has(name)) return value;
  if (SHAPED.has(name)) return scrubId(value, slugs);
  if (name === 'class') return scrubClass(value);
  if (name === 'style') return /display:\s*none|visibility:\s*hidden/.exec(value)?.[0] ?? '';
  return scrubText(slugs.replace(value)); // aria-label, title, alt, placeholder, value, anything else
}

/** One node as markup, its shadow root inlined. */
function serialise(node: Node, slugs: Slugs): string {
  if (node.nodeType === 3) return escapeText(scrubText(node.textContent ?? ''));
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.localName;
  if (SKIP.has(tag)) return '';
  const attributes = [...element.attributes]
    .map((a) => ` ${a.name}="${escapeText(scrubAttribute(a.name, a.value, slugs))}"`)
    .join('');
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  const children = (parent: Node) => [...parent.childNodes].map((child) => serialise(child, slugs)).join('');
  const shadow = element.shadowRoot
    ? `<template shadowrootmode="open">${children(element.shadowRoot)}</template>`
    : '';
  return `<${tag}${attributes}>${shadow}${children(element)}</${tag}>`;
}

/** Every slug the parts link to, the page's own person first. */
function collectSlugs(document: Document, parts: Node[]): Slugs {
  const slugs = new Slugs();
  const own = profileSlug(document.location ?? document.URL);
  if (own) slugs.add(own);
  const links = (root: ParentNode) => [...root.querySelectorAll('a[href]')];
  for (const part of parts) {
    const roots: ParentNode[] = [part as ParentNode];
    if ((part as Element).shadowRoot) roots.push((part as Element).shadowRoot!);
    for (const root of roots) for (const link of links(root)) slugs.add(slugOfLink(link) ?? '');
  }
  return slugs;
}

/**
 * The report of a page: an HTML document holding its top cards (in a `<main>`), an open More menu and
 * LinkedIn's dialog outlets, under the page's address shape (`<link rel="canonical">`, the person as
 * person-1). `readProfile` on the parsed report reads the same relation and degree as on the page.
 *
 * @example pageReport(document) // '<!doctype html>…<main><div componentkey="com.linkedin…QsTopcard">…'
 */
export function pageReport(document: Document): string {
  const cards = topCards(document);
  const menus = [...document.querySelectorAll(S.moreMenu[1]!)].map(
    (menu) => menu.closest('[data-floating-ui-portal]') ?? menu,
  );
  const outlets = noteDialogRoots(document).map((root) =>
    'host' in root ? (root.host as Element) : (root as Element),
  );
  const slugs = collectSlugs(document, [...cards, ...menus, ...outlets]);
  const html = (parts: Node[]) => parts.map((part) => serialise(part, slugs)).join('\n');
  const own = profileSlug(document.location ?? document.URL);
  const address = scrubId(own ? `https://www.linkedin.com/in/${own}/` : 'https://www.linkedin.com/', slugs);
  return `<!doctype html>
<html lang="${escapeText(document.documentElement.lang)}"><head><meta charset="utf-8"><title>${escapeText(scrubText(document.title))}</title>
<link rel="canonical" href="${escapeText(address)}"></head>
<body>
<main>
${html(cards)}
</main>
${html([...menus, ...outlets])}
</body></html>
`;
}
