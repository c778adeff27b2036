/** Storage failures as sentences for the person: never swallowed, always answered to whoever asked. */
import type { Failure } from './types';

export const STORAGE_FULL =
  "Your browser's storage for Connect Coach is full: export a backup, then delete interviews you no longer need to make room.";

export const READ_ONLY =
  'Your saved data comes from a newer version of Connect Coach, so this one only reads it: update the extension to make changes.';

/** A failure the store raises on purpose, carrying the sentence to show. */
export class StoreError extends Error {}

const isQuota = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));

/**
 * Any error from a write, as the answer to send back.
 *
 * @example saveFailure(new Error('QUOTA_BYTES quota exceeded')) // { ok: false, error: STORAGE_FULL }
 */
export function saveFailure(error: unknown): Failure {
  if (error instanceof StoreError) return { ok: false, error: error.message };
  if (isQuota(error)) return { ok: false, error: STORAGE_FULL };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: `Connect Coach couldn't save your change (${detail}). Please try again.` };
}

/**
 * An error from reading the log (nothing was being changed), as the answer to send back.
 *
 * @example readFailure(new Error('IO error')) // { ok: false, error: "Connect Coach couldn't read your saved data (IO error). …" }
 */
export function readFailure(error: unknown): Failure {
  if (error instanceof StoreError) return { ok: false, error: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: `Connect Coach couldn't read your saved data (${detail}). Nothing was changed; please try again.`,
  };
}
