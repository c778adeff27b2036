/**
 * A page report: a structural snapshot of the top card and of any open dialog, to paste into a bug
 * report when LinkedIn changes. Personal text is replaced; LinkedIn's UI words, tags, roles, the ARIA
 * names of controls and the shapes of URLs stay. Shadow roots are inlined as
 * `<template shadowrootmode="open">`, so the report loads back as a fixture page.
 */
import { noteDialogRoots } from './dialogs';
import * as S from './selectors';

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const SKIP = new Set(['script', 'style', 'code', 'noscript', 'iframe', 'template']);

const escapeText = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Letters become x/X and digits stay, so shapes ("2nd", "0/200") survive and words do not. */
const mask = (s: string) => s.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}|\p{Lo}/gu, 'x');

/** One node as markup, shadow roots inlined. */
function serialise(node: Node): string {
  if (node.nodeType === 3) return escapeText(mask(node.textContent ?? ''));
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.localName;
  if (SKIP.has(tag)) return '';
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeText(a.value)}"`).join('');
  const shadow = element.shadowRoot
    ? `<template shadowrootmode="open">${[...element.shadowRoot.childNodes].map(serialise).join('')}</template>`
    : '';
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  return `<${tag}${attributes}>${shadow}${[...element.childNodes].map(serialise).join('')}</${tag}>`;
}

/**
 * The report of a page: an HTML document holding the top card(s) and the dialog outlets, with the page's
 * address shape and title shape. `readProfile` on the parsed report reads the same relation and degree.
 *
 * @example pageReport(document) // '<!doctype html><html>…<section componentkey="…Topcard">…'
 */
export function pageReport(document: Document): string {
  const cards = [...document.querySelectorAll(S.topCard.join())];
  const outlets = noteDialogRoots(document).map((root) =>
    'host' in root ? (root.host as Element) : (root as Element),
  );
  const body = [...cards, ...outlets].map(serialise).join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeText(mask(document.title))}</title></head>\n<body>\n${body}\n</body></html>\n`;
}
