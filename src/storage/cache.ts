/**
 * The log kept in the worker's memory: read and validated once, then answered from here until it may
 * have changed: after every write of ours (the store calls `invalidate`) and on `storage.onChanged`
 * (another context, or a write that failed half way). A restarted worker starts empty and reads again at
 * its first request.
 */
import { browser } from '../browser';
import type { Items } from './browser';
import type { Changes } from './same';
import type { Meta, StoredState } from './types';

/** The store as one task sees it: the items (after any repair) and their typed reading. */
export interface Snapshot {
  items: Items;
  state: StoredState;
  meta: Meta;
}

/** One read of storage: what is stored, what it means, and the repairs it needs that are not written yet. */
export interface Loaded {
  raw: Items;
  snapshot: Snapshot;
  repairs: Changes;
}

let memory: Loaded | null = null;
/** Counts invalidations, so a read that overlapped a change is answered but not kept. */
let generation = 0;

/** Forgets the log kept in memory: the next read goes to storage. */
export function invalidate(): void {
  generation++;
  memory = null;
}

const onStoreChanged = () => invalidate();

/**
 * The log in memory, or null. Memory counts only while we are listening for changes: the listener is added
 * on first use (and again if something removed it, as a test's fresh browser does), forgetting memory.
 */
export function cached(): Loaded | null {
  const changed = browser.storage.onChanged;
  if (!changed.hasListener(onStoreChanged)) {
    changed.addListener(onStoreChanged);
    invalidate();
  }
  return memory;
}

/**
 * Runs `read` and keeps its answer, unless the store changed while it ran.
 *
 * @example const loaded = cached() ?? (await remember(() => readStore(new Date())));
 */
export async function remember(read: () => Promise<Loaded>): Promise<Loaded> {
  const at = generation;
  const loaded = await read();
  if (at === generation) memory = loaded;
  return loaded;
}
