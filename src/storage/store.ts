/**
 * The store: typed reads and the single writer's transaction. Every read and write goes through one queue
 * (see queue.ts), brings the stored layout up to date first (migrations, then quarantine of unreadable
 * records) and writes only what changed. Only the background calls these.
 */
import { type Items, local } from './browser';
import { READ_ONLY, StoreError } from './errors';
import { META_KEY } from './keys';
import { readItems, storedVersion } from './load';
import { migrate, SCHEMA_VERSION } from './migrations';
import { serial } from './queue';
import { applyTo, type Changes, diff, isEmpty } from './same';
import type { Meta, StoredState } from './types';

/** The store as one task sees it: the raw items (after any repair) and their typed reading. */
export interface Snapshot {
  items: Items;
  state: StoredState;
  meta: Meta;
}

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

async function load(now: Date): Promise<Snapshot> {
  const items = (await local().get(null)) as Items;
  const version = storedVersion(items);
  const readOnly = version > SCHEMA_VERSION;
  const migrated = version < SCHEMA_VERSION ? migrate(items, version) : items;
  const reading = readItems(migrated, now.toISOString(), readOnly);
  let target = applyTo(migrated, reading.fixes);
  const meta = readOnly ? reading.meta : { ...reading.meta, schemaVersion: SCHEMA_VERSION };
  if (!readOnly) target = { ...target, [META_KEY]: meta };
  const changes = diff(items, target);
  if (!isEmpty(changes)) await write(changes);
  const state = reading.state;
  if (readOnly) state.problems.unshift(READ_ONLY);
  if (state.problems.length > 0) console.warn('Connect Coach storage:', state.problems.join(' '));
  return { items: target, state, meta };
}

/**
 * The whole log, validated: `{ settings, interviews, quarantine, problems, readOnly }`.
 *
 * @example const { interviews } = await readAll();
 */
export function readAll(): Promise<StoredState> {
  return serial(async () => (await load(new Date())).state);
}

/**
 * Runs `change` on the latest stored state, in the writer's queue, and writes what it asks for if that
 * differs from what is stored. Resolves after storage has accepted the write; rejects with its error.
 *
 * @example await transact(({ state }) => ({ set: { settings: { ...state.settings, yourName: 'Alex' } }, result: null }))
 */
export function transact<T>(
  change: (snapshot: Snapshot) => Change<T>,
): Promise<{ result: T; changed: boolean }> {
  return serial(async () => {
    const snapshot = await load(new Date());
    const { set = {}, remove = [], result } = change(snapshot);
    const changes = diff(snapshot.items, applyTo(snapshot.items, { set, remove }));
    if (isEmpty(changes)) return { result, changed: false };
    if (snapshot.state.readOnly) throw new StoreError(READ_ONLY);
    await write(changes);
    return { result, changed: true };
  });
}

/** Removes everything Connect Coach stored, leaving only a fresh bookkeeping record. */
export function wipeStore(): Promise<void> {
  return serial(async () => {
    await local().clear();
    const meta: Meta = { schemaVersion: SCHEMA_VERSION, lastNotified: {} };
    await local().set({ [META_KEY]: meta });
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
}
