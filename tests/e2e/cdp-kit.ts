/**
 * Reaching Connect Coach's UI on a LinkedIn page as a person does, through the DevTools protocol only:
 * `DOM.getDocument({ pierce: true })` sees into closed shadow roots, `Accessibility.getFullAXTree` reads
 * names as a screen reader would, and `DOM.getBoxModel` + `page.mouse` press with trusted input. No test
 * hook in the shipped build: what the page's own scripts see is checked from the page's world.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

interface AxNode {
  nodeId: string;
  parentId?: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

/** One of our hosts: its element, what kind it is (card or bar) and its text as a person reads it. */
export interface Ours {
  host: number;
  kind: 'card' | 'bar';
  /** The accessible name of its region or group. */
  label: string;
  /** Visible text (no style, nothing `hidden`). */
  text: string;
  /** Every element in its root, as `tag[attr,attr]` (to prove no markup was made from text). */
  elements: string[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** The page's DevTools session (one per page). */
export function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const attr = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1]!;
  return null;
};

/** Text of a subtree as shown: no <style>, nothing under `hidden`. */
function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE' || (node.nodeType === 1 && attr(node, 'hidden') !== null)) return '';
  return (node.children ?? []).map(textOf).join('');
}

function elementsOf(node: DomNode): string[] {
  const self =
    node.nodeType === 1
      ? [`${node.nodeName.toLowerCase()}[${(node.attributes ?? []).filter((_, i) => i % 2 === 0).join()}]`]
      : [];
  return [...self, ...(node.children ?? []).flatMap(elementsOf)];
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

/**
 * Everything Connect Coach shows on the page now: the hosts of closed shadow roots (LinkedIn's own
 * roots are open), in page order, the dialog's open shadow root included.
 *
 * @example const [card] = await oursOn(page); expect(card.label).toMatch(/^Connect Coach: Send now/);
 */
export async function oursOn(page: Page): Promise<Ours[]> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: Ours[] = [];
  const walk = (node: DomNode) => {
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType === 'closed') {
        const labelled = find(shadow, (n) => ['region', 'group'].includes(attr(n, 'role') ?? ''));
        found.push({
          host: node.backendNodeId,
          kind: attr(labelled ?? shadow, 'role') === 'region' ? 'card' : 'bar',
          label: (labelled && attr(labelled, 'aria-label')) ?? '',
          text: textOf(shadow),
          elements: elementsOf(shadow),
        });
      } else walk(shadow);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return found;
}

/** Our card, or undefined. */
export const cardOn = async (page: Page) => (await oursOn(page)).find((o) => o.kind === 'card');
/** Our bar in LinkedIn's dialog, or undefined. */
export const barOn = async (page: Page) => (await oursOn(page)).find((o) => o.kind === 'bar');

/**
 * The accessibility tree's controls inside Connect Coach's region or group (named "Connect Coach…").
 *
 * @example await controlsOf(page, 'bar') // [{ role: 'button', name: 'Insert note', backendDOMNodeId }]
 */
export async function controlsOf(
  page: Page,
  within: 'card' | 'bar',
): Promise<{ role: string; name: string; backendDOMNodeId: number }[]> {
  const session = await cdp(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = within === 'card' ? 'region' : 'group';
  const inOurs = (node: AxNode) => {
    for (let up = byId.get(node.parentId ?? ''); up; up = byId.get(up.parentId ?? ''))
      if (up.role?.value === role && up.name?.value.startsWith('Connect Coach')) return true;
    return false;
  };
  return nodes
    .filter((n) => !n.ignored && n.role?.value === 'button' && n.backendDOMNodeId && inOurs(n))
    .map((n) => ({ role: 'button', name: n.name?.value ?? '', backendDOMNodeId: n.backendDOMNodeId! }));
}

/** Presses an element with a trusted click at its centre (the person's own click). */
export async function pressNode(page: Page, backendNodeId: number): Promise<void> {
  const session = await cdp(page);
  await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/**
 * Presses our button named `name` in the card or the bar, as the person would.
 *
 * @example await press(page, 'bar', 'Insert note');
 */
export async function press(page: Page, within: 'card' | 'bar', name: string): Promise<void> {
  const button = (await controlsOf(page, within)).find((c) => c.name === name);
  if (!button) throw new Error(`no button named “${name}” in Connect Coach’s ${within}`);
  await pressNode(page, button.backendDOMNodeId);
}

/** The person moves the mouse over the page (trusted input): until then Connect Coach shows nothing. */
export async function personIsThere(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await page.mouse.move(40, 60);
}

/**
 * Runs `fn` with `this` = the node, in the page's own (main) world: what LinkedIn's scripts could do
 * with the element if they found it.
 *
 * @example await asThePage(page, host, 'function () { return this.shadowRoot; }') // null
 */
export async function asThePage<T>(page: Page, backendNodeId: number, fn: string): Promise<T> {
  const session = await cdp(page);
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  })) as { result: { value: T } };
  return result.value;
}
