/**
 * What we add to LinkedIn's page sits in shadow roots that page scripts cannot open (closed ones), so the
 * tests reach it as a person's browser does, through WebDriver BiDi and no hook in the shipped build:
 * - `browsingContext.locateNodes` serialises every element's shadow root, closed ones too, with
 *   `includeShadowTree: 'all'`; its accessibility locator then finds a control by role and accessible
 *   name inside those roots (Firefox's locator does not descend into shadow roots from the document).
 * - `script.callFunction` in a sandbox (out of the page's reach) reads a node's box or text.
 * - `page.mouse.click` is BiDi `input.performActions`: a trusted click at those coordinates.
 */
import type { Page } from 'puppeteer-core';

interface Node {
  sharedId: string;
  value?: { shadowRoot?: Node | null; localName?: string };
}
interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
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
export async function shadowRoots(page: Page): Promise<Node[]> {
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
export async function onNode<T>(page: Page, node: Node, fn: string): Promise<T> {
  const { result } = await bidi(page).send('script.callFunction', {
    functionDeclaration: `(node) => JSON.stringify((${fn})(node))`,
    arguments: [{ sharedId: node.sharedId }],
    awaitPromise: true,
    target: { context: contextOf(page), sandbox: 'connect-coach-tests' },
  });
  const value = result.result as { type: string; value?: string };
  if (result.type === 'exception' || value.value === undefined)
    throw new Error(`callFunction failed: ${JSON.stringify(result)}`);
  return JSON.parse(value.value) as T;
}

/** The controls with this role and accessible name inside the page's shadow roots. */
export async function inShadows(page: Page, role: string, name: string): Promise<Node[]> {
  const roots = await shadowRoots(page);
  if (roots.length === 0) return [];
  return locate(page, { type: 'accessibility', value: { role, name } }, roots);
}

/** The text of every shadow root whose text matches `pattern` (our card, our note bar). */
export async function shadowTexts(page: Page): Promise<string[]> {
  const roots = await shadowRoots(page);
  return Promise.all(roots.map((root) => onNode<string>(page, root, '(r) => r.textContent')));
}

/** A trusted click in the middle of `node`, after scrolling it into view as a person would. */
export async function press(page: Page, node: Node): Promise<void> {
  const [x, y] = await onNode<[number, number]>(
    page,
    node,
    `(el) => { el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2]; }`,
  );
  await page.mouse.click(x, y);
}

/** Finds the one control with this role and name in our shadow roots and presses it. */
export async function pressInShadow(page: Page, role: string, name: string): Promise<void> {
  const [node, ...more] = await inShadows(page, role, name);
  if (!node || more.length > 0) throw new Error(`${more.length + (node ? 1 : 0)} ${role}s named "${name}"`);
  await press(page, node);
}
