/** Comparing and diffing JSON-like stored values, so the store saves only what changed. */
import type { Items } from './browser';

/** What to write: keys to set, then keys to remove. */
export interface Changes {
  set: Items;
  remove: string[];
}

/** JSON text with keys sorted and `undefined` dropped, as storage would keep it. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries);
  });
}

/** True when two stored values are the same data, whatever their keys' order: `same({a:1,b:2},{b:2,a:1})`. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The writes that turn `before` into `after`: `diff({ a: 1, b: 2 }, { a: 1, c: 3 })` → set c, remove b. */
export function diff(before: Items, after: Items): Changes {
  const set: Items = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && (!(key in before) || !same(before[key], value))) set[key] = value;
  }
  const remove = Object.keys(before).filter((key) => !(key in after) || after[key] === undefined);
  return { set, remove };
}

/** `items` with `changes` applied, as a new object. */
export function applyTo(items: Items, changes: Changes): Items {
  const next: Items = { ...items, ...changes.set };
  for (const key of changes.remove) if (!(key in changes.set)) delete next[key];
  return next;
}

export const isEmpty = (changes: Changes): boolean =>
  Object.keys(changes.set).length === 0 && changes.remove.length === 0;
