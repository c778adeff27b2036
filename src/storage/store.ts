/**
 * The store: typed reads and the single writer's transaction. Every read and write goes through one queue
 * (see queue.ts). The log is read from storage once, brought up to date (migrations, then quarantine of
 * unreadable records), validated and kept in memory (cache.ts) until a write or `storage.onChanged` says
 * it changed. Reads never wait for a write: the repairs a read finds are written in the background and
 * retried later if storage refuses them (repair.ts). Only the background calls these.
 */
import { type Items, local } from './browser';
import { cached, invalidate, type Loaded, remember } from './cache';
import { applyTo, type Changes, diff, isEmpty } from './changes';
import { READ_ONLY, StoreError } from './errors';
import { META_KEY } from './keys';
import { readItems, storedVersion } from './load';
import { migrate, SCHEMA_VERSION } from './migrations';
import { serial } from './queue';
import { scheduleRepair } from './repair';
import { changesOf, stampRevisions } from './revisions';
import type { Meta, StoredState } from './types';

export type { Snapshot } from './cache';

/** What a transaction wants written, and what it answers. */
export interface Change<T> {
  set?: Items;
  remove?: string[];
  result: T;
}

/** Set first, then remove: a failure between the two leaves a duplicate, never a loss. */
async function write(changes: Changes): Promise<void> {
  if (Object.keys(changes.set).length > 0) await local().set(changes.set);
  const remove = changes.remove.filter((key) => !(key in changes.set));
  if (remove.length > 0) await local().remove(remove);
}

/** Reads storage and validates it, without writing anything: the repairs are returned, not applied. */
async function readStore(now: Date): Promise<Loaded> {
  const raw = (await local().get(null)) as Items;
  const version = storedVersion(raw);
  const readOnly = version > SCHEMA_VERSION;
  const migrated = version < SCHEMA_VERSION ? migrate(raw, version) : raw;
  const reading = readItems(migrated, now.toISOString(), readOnly);
  let items = applyTo(migrated, reading.fixes);
  const meta = readOnly ? reading.meta : { ...reading.meta, schemaVersion: SCHEMA_VERSION };
  if (!readOnly) items = { ...items, [META_KEY]: meta };
  const state = reading.state;
  if (readOnly) state.problems.unshift(READ_ONLY);
  if (state.problems.length > 0) console.warn('Connect Coach storage:', state.problems.join(' '));
  // Read-only, the repairs are only copies set aside (readItems): never a change to the newer data.
  const repairs = diff(raw, items);
  return { raw, snapshot: { items, state, meta }, repairs };
}

/** The log from memory, or read (and kept) when memory has none; repairs it found are scheduled. */
async function load(): Promise<Loaded> {
  const kept = cached();
  if (kept) return kept;
  const loaded = await remember(() => readStore(new Date()));
  if (!isEmpty(loaded.repairs)) scheduleRepair(writeRepairs);
  return loaded;
}

/**
 * Writes what the last read found to repair, if it is still unwritten. Rejects with the storage error.
 *
 * @example await writeRepairs(); // the migration and any record set aside are on disk now
 */
export function writeRepairs(): Promise<void> {
  return serial(async () => {
    const { repairs } = await load();
    if (isEmpty(repairs)) return;
    await write(repairs);
    invalidate();
  });
}

/**
 * The whole log, validated: `{ settings, interviews, quarantine, problems, readOnly }`. Answered from
 * memory after the first read; callers must not change it.
 *
 * @example const { interviews } = await readAll();
 */
export function readAll(): Promise<StoredState> {
  return serial(async () => (await load()).snapshot.state);
}

/**
 * Runs `change` on the latest state, in the writer's queue, and writes what it asks for (plus any repair
 * a read found and could not write yet) if that differs from what is stored. Every interview written gets
 * the next revision. Resolves after storage has accepted the write; rejects with its error.
 *
 * @example await transact(({ state }) => ({ set: { settings: { ...state.settings, yourName: 'Alex' } }, result: null }))
 */
export function transact<T>(
  change: (snapshot: Loaded['snapshot']) => Change<T>,
): Promise<{ result: T; changed: boolean }> {
  return serial(async () => {
    const { snapshot, repairs } = await load();
    const { set = {}, remove = [], result } = change(snapshot);
    const wanted = changesOf(snapshot.items, set, remove);
    if (isEmpty(wanted)) return { result, changed: false };
    if (snapshot.state.readOnly) throw new StoreError(READ_ONLY);
    const stamped = stampRevisions(snapshot.items, wanted.set);
    try {
      // Any repair a read could not write yet goes with this write.
      await write({
        set: { ...repairs.set, ...stamped },
        remove: [...repairs.remove, ...wanted.remove].filter((key) => !(key in stamped)),
      });
    } finally {
      invalidate();
    }
    return { result, changed: true };
  });
}

/** Removes everything Connect Coach stored, leaving only a fresh bookkeeping record. */
export function wipeStore(): Promise<void> {
  return serial(async () => {
    try {
      await local().clear();
      const meta: Meta = { schemaVersion: SCHEMA_VERSION, lastNotified: {} };
      await local().set({ [META_KEY]: meta });
    } finally {
      invalidate();
    }
  });
}

/**
 * On install or update: migrate now rather than at the first read, and note the install time once.
 *
 * @example browser.runtime.onInstalled.addListener(({ reason }) => prepareStore(reason));
 */
export async function prepareStore(reason: string): Promise<void> {
  await transact(({ meta, state }) => {
    if (reason !== 'install' || meta.installedAt || state.readOnly) return { result: undefined };
    return { set: { [META_KEY]: { ...meta, installedAt: new Date().toISOString() } }, result: undefined };
  });
  // The migration is written now rather than whenever the next read schedules it.
  await writeRepairs();
}
