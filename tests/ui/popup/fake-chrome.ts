/**
 * An in-memory `chrome` for the popup's tests: one tab with a page script that answers `tab/…`, and a
 * background that answers from a log (or stays silent). Records what the popup sent.
 */
import { vi } from 'vitest';
import type { TabStatus } from '../../../src/messages';
import type { StateReply } from '../../../src/ui/client';

export interface FakeWorld {
  /** The tab's address; the popup is opened with `?tab=7`. */
  url: string | null;
  /** The page script's status; null when the tab has no content script. */
  status: TabStatus | null;
  /** The log; null for a background that does not answer. */
  state: StateReply | null;
  /** What the background answers to writes. */
  write?: (message: { type: string }) => unknown;
  /** What the page script answers to `tab/insert-note`; `{ ok: true }` when unsaid. */
  insert?: unknown;
  /** Whether LinkedIn access is granted (Firefox leaves it to the person); granted when unsaid. */
  linkedInAccess?: boolean;
  /** What the person answers when the popup asks for that access. */
  grants?: boolean;
}

export function installChrome(world: FakeWorld) {
  const toBackground: { type: string; [key: string]: unknown }[] = [];
  const toTab: { type: string; [key: string]: unknown }[] = [];
  const added = new Set<() => void>();
  const noReceiver = () =>
    Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  const chrome = {
    runtime: {
      sendMessage: vi.fn(async (message: { type: string }) => {
        toBackground.push(message);
        if (!world.state) return noReceiver();
        if (message.type === 'state/get') return structuredClone(world.state);
        return world.write ? world.write(message) : { ok: true };
      }),
      openOptionsPage: vi.fn(async () => undefined),
    },
    tabs: {
      get: vi.fn(async (id: number) => ({ id, url: world.url ?? undefined })),
      query: vi.fn(async () => [{ id: 7, url: world.url ?? undefined }]),
      sendMessage: vi.fn(async (_id: number, message: { type: string }) => {
        toTab.push(message);
        if (!world.status) return noReceiver();
        if (message.type === 'tab/status') return structuredClone(world.status);
        return message.type === 'tab/insert-note' ? (world.insert ?? { ok: true }) : { ok: true };
      }),
    },
    permissions: {
      contains: vi.fn(async () => world.linkedInAccess ?? true),
      request: vi.fn(async () => {
        world.linkedInAccess = world.grants ?? false;
        for (const listener of added) listener();
        return world.linkedInAccess;
      }),
      onAdded: {
        addListener: (f: () => void) => added.add(f),
        removeListener: (f: () => void) => added.delete(f),
      },
      onRemoved: { addListener: () => undefined, removeListener: () => undefined },
    },
  };
  vi.stubGlobal('chrome', chrome);
  return { chrome, toBackground, toTab };
}
