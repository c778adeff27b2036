/**
 * The log kept in the worker's memory: read and validated once, then answered from here until it may
 * have changed: after every write of ours (the store calls `invalidate`) and when `storage.onChanged`
 * says one of the log's own records now holds something other than what memory holds (another context,
 * or a write that failed half way). Not invalidated: a change of a key beside the log (the LinkedIn
 * check), and the echo of our own write, which arrives after the store has already read the log again.
 * A restarted worker starts empty and reads again at its first request.
 */
import { browser, type Items } from './browser';
import { isBesideLog } from './keys';
import { type Changes, same } from './same';
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

/** What storage.onChanged gives for each key: the new value, absent when the key was removed. */
type StorageChanges = Record<string, { newValue?: unknown }>;

let memory: Loaded | null = null;
/** Counts invalidations, so a read that overlapped a change is answered but not kept. */
let generation = 0;
/** The changes announced while a read runs: the read is kept only if it already holds them. */
let duringRead: StorageChanges[] | null = null;

/** Forgets the log kept in memory: the next read goes to storage. */
export function invalidate(): void {
  generation++;
  memory = null;
}

/** True when every change to the log's records in `changes` is already what `raw` holds. */
function holds(raw: Items, changes: StorageChanges): boolean {
  return Object.entries(changes).every(([key, { newValue }]) => {
    if (isBesideLog(key)) return true;
    // Chrome leaves newValue out for a removed key; the test double gives null.
    if (newValue === undefined || newValue === null) return !(key in raw);
    return key in raw && same(raw[key], newValue);
  });
}

function onStoreChanged(changes: StorageChanges, area?: string): void {
  if (area !== undefined && area !== 'local') return;
  if (memory) {
    if (!holds(memory.raw, changes)) invalidate();
  } else if (duringRead) duringRead.push(changes);
  else generation++;
}

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
 * Runs `read` and keeps its answer, unless the store changed while it ran into something the answer does
 * not hold. Reads run one at a time (the store's queue).
 *
 * @example const loaded = cached() ?? (await remember(() => readStore(new Date())));
 */
export async function remember(read: () => Promise<Loaded>): Promise<Loaded> {
  const at = generation;
  const seen: StorageChanges[] = [];
  duringRead = seen;
  try {
    const loaded = await read();
    if (at === generation && seen.every((changes) => holds(loaded.raw, changes))) memory = loaded;
    return loaded;
  } finally {
    if (duringRead === seen) duringRead = null;
  }
}
