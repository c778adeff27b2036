/**
 * Connect Coach's UI on LinkedIn's page sits in CLOSED shadow roots on plain hosts that no page script
 * can open, and its buttons answer only trusted input. The Firefox tests reach it as a person's browser
 * does, through WebDriver BiDi and no hook in the shipped build:
 * - `browsingContext.locateNodes` with `includeShadowTree: 'all'` serialises each element's shadow root,
 *   closed ones too, with its mode: ours are the closed ones named "Connect Coach…" (LinkedIn's are open);
 * - its accessibility locator finds a control by role and accessible name when started inside that root
 *   (from the document, Firefox's locator does not descend into shadow roots);
 * - `script.callFunction` in a sandbox (out of the page's reach) reads a node's box, label and text;
 * - `page.mouse.click` is BiDi `input.performActions`: a trusted click at those coordinates.
 */
import type { Page } from 'puppeteer-core';

export interface Node {
  sharedId: string;
  value?: { shadowRoot?: Node | null; mode?: 'open' | 'closed' };
}
interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** One of our closed roots: the card (a region) or the note bar (a group), as a screen reader names it. */
export interface Ours {
  root: Node;
  kind: 'card' | 'bar';
  /** The accessible name of its region or group, e.g. "Connect Coach: Send now · Priya Natarajan". */
  label: string;
  /** Visible text (no style, nothing hidden). */
  text: string;
}

const bidi = (page: Page) => (page.browser() as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

async function locate(page: Page, locator: object, startNodes?: Node[]): Promise<Node[]> {
  const { result } = await bidi(page).send('browsingContext.locateNodes', {
    context: contextOf(page),
    locator,
    ...(startNodes ? { startNodes: startNodes.map(({ sharedId }) => ({ sharedId })) } : {}),
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  return result.nodes as Node[];
}

/** Every shadow root in the page, open or closed, nested ones included. */
async function shadowRoots(page: Page): Promise<Node[]> {
  const roots: Node[] = [];
  let scope: Node[] | undefined;
  do {
    const found = (await locate(page, { type: 'css', value: '*' }, scope))
      .map((node) => node.value?.shadowRoot)
      .filter((root): root is Node => Boolean(root));
    roots.push(...found);
    scope = found;
  } while (scope.length > 0);
  return roots;
}

/** Runs `fn(node)` in a sandbox of the page: the page's own scripts cannot see or change it. */
async function onNode<T>(page: Page, node: Node, fn: string): Promise<T> {
  const { result } = await bidi(page).send('script.callFunction', {
    functionDeclaration: `(node) => JSON.stringify((${fn})(node))`,
    arguments: [{ sharedId: node.sharedId }],
    awaitPromise: true,
    target: { context: contextOf(page), sandbox: 'connect-coach-tests' },
  });
  const value = result.result as { value?: string } | undefined;
  if (result.type === 'exception' || value?.value === undefined)
    throw new Error(`callFunction failed: ${JSON.stringify(result)}`);
  return JSON.parse(value.value) as T;
}

/** Reads a closed root's region or group: its role, label and shown text. */
const DESCRIBE = `(root) => {
  const box = root.querySelector('[role=region],[role=group]');
  const shown = (n) => n.nodeType === 3 ? n.nodeValue
    : n.nodeName === 'STYLE' || (n.nodeType === 1 && n.hidden) ? '' : [...n.childNodes].map(shown).join('');
  return { role: box?.getAttribute('role') ?? '', label: box?.getAttribute('aria-label') ?? '', text: shown(root) };
}`;

/**
 * Everything Connect Coach shows on the page now, in page order: the closed roots whose region or group
 * is named "Connect Coach…" (Firefox also reports form controls' own closed roots, which hold no such name).
 */
export async function oursOn(page: Page): Promise<Ours[]> {
  const closed = (await shadowRoots(page)).filter((root) => root.value?.mode === 'closed');
  const described = await Promise.all(
    closed.map(async (root) => {
      const { role, label, text } = await onNode<{ role: string; label: string; text: string }>(
        page,
        root,
        DESCRIBE,
      );
      return { root, kind: role === 'region' ? 'card' : 'bar', label, text } as Ours;
    }),
  );
  return described.filter((ours) => ours.label.startsWith('Connect Coach'));
}

/** Our card or our note bar, or undefined. */
export const findOurs = async (page: Page, kind: Ours['kind']) =>
  (await oursOn(page)).find((o) => o.kind === kind);

/** The card's verdict and name, from its accessible name "Connect Coach: <verdict> · <name>". */
export async function cardOn(page: Page): Promise<{ verdict: string; name: string; text: string } | null> {
  const card = await findOurs(page, 'card');
  const match = card && /^Connect Coach: (.*) · (.*)$/s.exec(card.label);
  return match ? { verdict: match[1]!, name: match[2]!, text: card.text } : null;
}

/** Our card's or bar's box in page coordinates (as screenshot clips take them), scrolled into view. */
export async function boxOf(page: Page, kind: Ours['kind']) {
  const ours = await findOurs(page, kind);
  if (!ours) throw new Error(`no ${kind} of ours on the page`);
  return onNode<{ x: number; y: number; width: number; height: number }>(
    page,
    ours.root,
    `(root) => { const box = root.querySelector('[role=region],[role=group]');
      box.scrollIntoView({ block: 'center' }); const r = box.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; }`,
  );
}

/** The buttons with this accessible name in our card or bar (found by role and name, as a screen reader). */
export async function buttonsIn(page: Page, kind: Ours['kind'], name: string): Promise<Node[]> {
  const ours = await findOurs(page, kind);
  if (!ours) return [];
  return locate(page, { type: 'accessibility', value: { role: 'button', name } }, [ours.root]);
}

/** A trusted click in the middle of `node`, after scrolling it into view as a person would. */
export async function click(page: Page, node: Node): Promise<void> {
  const [x, y] = await onNode<[number, number]>(
    page,
    node,
    `(el) => { el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2]; }`,
  );
  await page.mouse.click(x, y);
}

/**
 * Presses our one button named `name` in the card or the bar, as the person would.
 *
 * @example await press(page, 'bar', 'Insert note');
 */
export async function press(page: Page, kind: Ours['kind'], name: string): Promise<void> {
  const [button, ...more] = await buttonsIn(page, kind, name);
  if (!button || more.length > 0)
    throw new Error(`${more.length + (button ? 1 : 0)} buttons named “${name}” in our ${kind}`);
  await click(page, button);
}

/**
 * Sizes the tab's viewport with BiDi's own command (puppeteer's setViewport also asks for a screen
 * orientation override, which Firefox 140 does not know).
 *
 * @example await setViewport(popup, 380, 720) // the popup's size in the toolbar
 */
export async function setViewport(page: Page, width: number, height: number): Promise<void> {
  await bidi(page).send('browsingContext.setViewport', {
    context: contextOf(page),
    viewport: { width, height },
  });
}

/** The person moves the mouse over the page (trusted input): until then Connect Coach shows nothing. */
export async function personIsThere(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await page.mouse.move(40, 60);
}
