/**
 * Checking a backup before anything is applied: size, plain-data shape, forbidden keys, nesting, then the
 * schema. The answer names the first problem and where it is, in one sentence.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, BackupSchema } from '../core/model';
import { firstIssue, formatPath, plainError } from './issues';
import type { Failure } from './types';

/**
 * What `storage.local` can hold: Chrome's QUOTA_BYTES without `unlimitedStorage` (which we don't ask for),
 * counted as every key's length plus its value's JSON. Firefox has no such figure; the same cap applies.
 */
export const STORE_BYTES = 10 * 1024 * 1024;
/**
 * The largest backup, as compact JSON: whatever the store can hold, plus the file's own envelope. A backup
 * is never larger than the store it came from (it holds the same records without their keys and
 * revisions), so one's own export always imports back.
 */
export const MAX_BACKUP_DATA = STORE_BYTES + 64 * 1024;
/** The largest backup file as text: an export is indented, which can more than double its size. */
export const MAX_BACKUP_TEXT = 4 * STORE_BYTES;
const TOO_BIG = 'it is larger than Connect Coach can store (10 MB)';
export const MAX_DEPTH = 64;
/** Keys that could reach an object's prototype if some code ever merged the data naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Line breaks, control and bidi characters as escapes: a refusal that quotes the file stays one plain line. */
const visible = (text: string): string =>
  text.replace(
    /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
/** A part of the file named in a refusal, cut short: a hostile file must not make the sentence a page long. */
const clip = (text: string, max: number): string => {
  const shown = visible(text);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
};

const refuse = (problem: string): Failure => ({
  ok: false,
  error: `This backup can't be imported: ${visible(problem)}.`,
});
const where = (path: PropertyKey[]): string =>
  clip(formatPath(path.map((key) => (typeof key === 'string' ? clip(key, 40) : key))), 160) || 'the backup';
/** A value of the file, quoted: `"linkedin-export"`, or `missing`. */
const quote = (value: unknown): string => (value === undefined ? 'missing' : clip(JSON.stringify(value), 60));

/** Values visited at most: a JSON file of 5 MB has fewer; shared objects could otherwise multiply the walk. */
const MAX_VISITS = 5_000_000;

type Step = { value: unknown; path: PropertyKey[] } | { leave: object };

/**
 * Walks the data with an explicit stack, so a hostile file nested a million levels deep can't overflow it.
 * Objects on the current path are tracked to tell a cycle from an object merely shared by two parents.
 */
function unsafePart(root: unknown): string | null {
  const stack: Step[] = [{ value: root, path: [] }];
  const onPath = new Set<object>();
  for (let visits = 0; stack.length > 0; visits++) {
    if (visits > MAX_VISITS) return 'it is far larger than any Connect Coach backup';
    const step = stack.pop()!;
    if ('leave' in step) {
      onPath.delete(step.leave);
      continue;
    }
    const { value, path } = step;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) return `${where(path)} is nested more than ${MAX_DEPTH} levels deep`;
    if (onPath.has(value)) return `${where(path)} contains itself`;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) {
      return `${where(path)} is not plain data`;
    }
    onPath.add(value);
    stack.push({ leave: value });
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (FORBIDDEN_KEYS.has(key)) return `${where(childPath)} is a key a backup must never contain`;
      stack.push({ value: child, path: childPath });
    }
  }
  return null;
}

function parseText(text: string): { ok: true; value: unknown } | Failure {
  if (text.length > MAX_BACKUP_TEXT) return refuse(TOO_BIG);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return refuse('the file is not valid JSON');
  }
}

function wrongKind(value: unknown): Failure | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('the file does not hold a Connect Coach backup');
  }
  const { format, version } = value as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) {
    return refuse(`format is ${quote(format)}, so this is not a Connect Coach backup`);
  }
  if (version !== BACKUP_VERSION) {
    return refuse(`version is ${quote(version)}, and this Connect Coach reads version ${BACKUP_VERSION}`);
  }
  return null;
}

/**
 * A backup (an object or its JSON text) checked whole: `{ ok: true, backup }` with defaults applied, or a
 * refusal naming the first problem.
 *
 * @example checkBackup('{"format":"connect-coach-backup","version":2}') // { ok: false, error: "…version is 2…" }
 */
export function checkBackup(raw: unknown): { ok: true; backup: Backup } | Failure {
  const parsed = typeof raw === 'string' ? parseText(raw) : { ok: true as const, value: raw };
  if (!parsed.ok) return parsed;
  const unsafe = unsafePart(parsed.value);
  if (unsafe) return refuse(unsafe);
  if (JSON.stringify(parsed.value).length > MAX_BACKUP_DATA) return refuse(TOO_BIG);
  const kind = wrongKind(parsed.value);
  if (kind) return kind;
  const result = BackupSchema.safeParse(parsed.value, { error: plainError });
  return result.success ? { ok: true, backup: result.data } : refuse(firstIssue(result.error, 'the backup'));
}
