/**
 * Which follow-ups were already notified, so a reminder is shown once: keys `interviewId/interviewerId/
 * kind/dueAt` in `meta.lastNotified`, with when. For the reminders (src/background/reminders.ts).
 */
import { subDays } from 'date-fns';
import { META_KEY } from './keys';
import { transact } from './store';

/** Entries older than this are dropped when new ones are written: their follow-ups are long past. */
const KEEP_DAYS = 400;

/** `notifiedKey({ interviewId: 'iv-1', interviewerId: 'p-1', kind: 'connect', dueAt })` → `'iv-1/p-1/connect/2026-…Z'`. */
export const notifiedKey = (item: {
  interviewId: string;
  interviewerId: string;
  kind: string;
  dueAt: Date;
}): string => `${item.interviewId}/${item.interviewerId}/${item.kind}/${item.dueAt.toISOString()}`;

/** The keys already notified, with when. */
export async function notified(): Promise<Record<string, string>> {
  const { result } = await transact(({ meta }) => ({ result: meta.lastNotified }));
  return result;
}

/**
 * Records `keys` as notified now (and forgets entries over a year old). Rejects with the storage error.
 *
 * @example await markNotified([notifiedKey(item)])
 */
export async function markNotified(keys: readonly string[]): Promise<void> {
  const now = new Date();
  const oldest = subDays(now, KEEP_DAYS).getTime();
  await transact(({ meta }) => {
    const kept = Object.entries(meta.lastNotified).filter(([, at]) => Date.parse(at) >= oldest);
    const lastNotified = {
      ...Object.fromEntries(kept),
      ...Object.fromEntries(keys.map((key) => [key, now.toISOString()])),
    };
    return { set: { [META_KEY]: { ...meta, lastNotified } }, result: undefined };
  });
}
