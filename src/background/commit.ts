/**
 * How the background's operations write: one transaction of the single writer, then the reminders hook,
 * with storage errors answered as a sentence rather than thrown.
 */
import { saveFailure } from '../storage/errors';
import { type Change, type Snapshot, transact } from '../storage/store';
import type { Failure } from '../storage/types';
import { onLogChanged } from './reminders';

/** Tells the reminders the log changed; their failure must never fail the write that already happened. */
export function logChanged(): void {
  Promise.resolve()
    .then(onLogChanged)
    .catch((error: unknown) => console.error('Connect Coach reminders:', error));
}

/**
 * Runs `change` on the latest state and answers its result once storage has accepted the write.
 *
 * @example await commit(({ state }) => ({ set: { settings: next }, result: { ok: true } }))
 */
export async function commit<T>(change: (snapshot: Snapshot) => Change<T | Failure>): Promise<T | Failure> {
  try {
    const { result, changed } = await transact(change);
    if (changed) logChanged();
    return result;
  } catch (error) {
    return saveFailure(error);
  }
}

/** A refusal with nothing written. */
export const refuse = (error: string): Change<Failure> => ({ result: { ok: false, error } });
