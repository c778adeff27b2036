/**
 * The extension around a page under test (the popup, the options page): `@webext-core/fake-browser` as
 * the browser, its storage holding the log, and the REAL background handlers answering every message, so
 * a write the background refuses is refused in the page's test too. One tab with a page script that
 * answers `tab/…` (or none), and the LinkedIn access the person granted. Records what the page sent.
 *
 * Each test file also needs `vi.mock('webextension-polyfill', () => import('./polyfill'));`
 * (vi.mock is hoisted per file) and a fresh browser before each test (`useFakeStore`).
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { handle } from '../../src/background/handlers';
import type { Message, TabMessage } from '../../src/messages';
import type { StateReply, TabStatus } from '../../src/replies';
import { interviewKey, META_KEY, quarantineKey, SETTINGS_KEY } from '../../src/storage/keys';
import { SCHEMA_VERSION } from '../../src/storage/migrations';
import { OWN_PAGE } from './senders';

export interface World {
  /** The tab's address; the popup is opened with `?tab=7`. */
  url: string | null;
  /** The page script's status; null when the tab has no content script. */
  status: TabStatus | null;
  /** The log put in storage first (left out: the store as it is); null for a background that does not answer. */
  state?: StateReply | null;
  /** Whether LinkedIn access is granted (Firefox leaves it to the person); granted when unsaid. */
  linkedInAccess?: boolean;
  /** What the person answers when the page asks for that access. */
  grants?: boolean;
  /** What the page script answers to `tab/insert-note`; `{ ok: true }` when unsaid. */
  insert?: unknown;
  /** The status the tab answers once the background injected the helper (`scripting.executeScript`);
   * left out, the tab takes no script (the background's injection fails). */
  injected?: TabStatus;
}

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

/** Puts a log into the in-memory storage exactly as the background keeps it. */
async function store({ settings, interviews, quarantine }: StateReply): Promise<void> {
  await fakeBrowser.storage.local.set({
    [META_KEY]: { schemaVersion: SCHEMA_VERSION, lastNotified: {} },
    [SETTINGS_KEY]: settings,
    ...Object.fromEntries(interviews.map((interview) => [interviewKey(interview.id), interview])),
    ...Object.fromEntries(quarantine.map((entry) => [quarantineKey(entry.key, entry.at), entry])),
  });
}

/**
 * Installs `world` on the in-memory browser; `sender` is the page as the background sees it.
 *
 * @example const { toBackground } = await installWorld({ url, status, state: state([contoso]) });
 */
export async function installWorld(world: World, sender: Runtime.MessageSender = OWN_PAGE) {
  const toBackground: Message[] = [];
  const toTab: TabMessage[] = [];
  if (world.state) await store(world.state);
  const runtime = fakeBrowser.runtime;
  // Messages cross a boundary: the background gets a copy, as the browser's structured clone gives it.
  const toTheBackground = async (message: Message) => {
    toBackground.push(message);
    if (world.state === null) throw new Error(NO_RECEIVER);
    return handle(structuredClone(message), sender);
  };
  // The fake's types are chrome's overloads; the polyfill's promise form is the one our pages call.
  vi.spyOn(runtime, 'sendMessage').mockImplementation(toTheBackground as never);
  vi.spyOn(runtime, 'openOptionsPage').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
  const tabs = fakeBrowser.tabs;
  const tab = (id = 7) => ({ id, url: world.url ?? undefined }) as never;
  vi.spyOn(tabs, 'get').mockImplementation(async (id: number) => tab(id));
  vi.spyOn(tabs, 'query').mockImplementation(async () => [tab()]);
  vi.spyOn(tabs, 'create').mockImplementation(async () => tab());
  const toTheTab = async (_id: number, message: TabMessage) => {
    toTab.push(message);
    if (!world.status) throw new Error(NO_RECEIVER);
    if (message.type === 'tab/status') return structuredClone(world.status);
    return message.type === 'tab/insert-note' ? (world.insert ?? { ok: true }) : { ok: true };
  };
  vi.spyOn(tabs, 'sendMessage').mockImplementation(toTheTab as never);
  // The background's injection into the tab: a probe (`func`) asks whether the helper is there.
  const executeScript = async ({ func }: { func?: unknown }) => {
    if (!world.injected) throw new Error('Cannot access contents of the page.');
    if (func) return [{ result: world.status !== null }];
    world.status = world.injected;
    return [{ result: undefined }];
  };
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(executeScript as never);
  const permissions = fakeBrowser.permissions;
  const added = new Set<() => void>();
  vi.spyOn(permissions, 'contains').mockImplementation(async () => world.linkedInAccess ?? true);
  vi.spyOn(permissions, 'request').mockImplementation(async () => {
    world.linkedInAccess = world.grants ?? false;
    for (const listener of added) listener();
    return world.linkedInAccess;
  });
  vi.spyOn(permissions.onAdded, 'addListener').mockImplementation((f) => void added.add(f as () => void));
  vi.spyOn(permissions.onAdded, 'removeListener').mockImplementation(
    (f) => void added.delete(f as () => void),
  );
  vi.spyOn(permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
  return { browser: fakeBrowser, toBackground, toTab };
}
