/**
 * Revisions: every stored interview carries `revision`, a count that grows by one with each write of it.
 * A page says which revision its change was based on; the writer compares (see merge.ts).
 */
import { InterviewSchema } from '../core/model';
import type { Items } from './browser';
import { same } from './changes';
import { isInterviewKey } from './keys';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored record's revision; 0 when it has none (a record written before revisions, or none at all).
 *
 * @example revisionOf({ id: 'iv-1', revision: 4 }) // 4
 */
export function revisionOf(value: unknown): number {
  if (!isRecord(value)) return 0;
  const { revision } = value;
  return typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 0 ? revision : 0;
}

const nextRevision = (stored: number, given: number): number => (given > stored ? given : stored + 1);

/** A record without its revision, to compare content alone. */
export function withoutRevision(value: unknown): unknown {
  if (!isRecord(value) || !('revision' in value)) return value;
  const { revision: _, ...rest } = value;
  return rest;
}

/**
 * The keys of `set` whose content differs from `items` (revisions aside), and the keys of `remove` that
 * exist: what a transaction really changes.
 *
 * @example changesOf({ 'interview:a': { id: 'a', revision: 2 } }, { 'interview:a': { id: 'a' } }, []) // nothing
 */
export function changesOf(items: Items, set: Items, remove: readonly string[]) {
  const changed: Items = {};
  for (const [key, value] of Object.entries(set)) {
    if (value === undefined) continue;
    if (key in items && same(withoutRevision(items[key]), withoutRevision(value))) continue;
    changed[key] = value;
  }
  return { set: changed, remove: remove.filter((key) => key in items && !(key in set)) };
}

/**
 * `set` with every interview given the revision after the one stored, unless the writer already gave it a
 * higher one (an interview put back after a delete continues its count).
 *
 * @example stampRevisions({ 'interview:a': { revision: 2 } }, { 'interview:a': { id: 'a' } })['interview:a'] // { id: 'a', revision: 3 }
 */
export function stampRevisions(items: Items, set: Items): Items {
  const stamped: Items = {};
  for (const [key, value] of Object.entries(set)) {
    stamped[key] =
      isInterviewKey(key) && isRecord(value)
        ? { ...value, revision: nextRevision(revisionOf(items[key]), revisionOf(value)) }
        : value;
  }
  return stamped;
}

/**
 * 2 → 3: every interview carries a revision, starting at 1. A record that can't be read is left exactly
 * as it is, for reading to set aside as found.
 */
export function addRevisions(items: Items): Items {
  const next: Items = { ...items };
  for (const [key, value] of Object.entries(items)) {
    if (!isInterviewKey(key) || !isRecord(value) || revisionOf(value) !== 0) continue;
    if (InterviewSchema.safeParse(value).success) next[key] = { ...value, revision: 1 };
  }
  return next;
}
