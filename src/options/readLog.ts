/**
 * The options page's first question to the background, asked by main.tsx before anything else loads,
 * so the wait for the log overlaps loading and parsing the page's code.
 */
import { ask } from '../ui/client';

/** One read of the log: `ask({ type: 'state/get' })`. */
export const readLog = () => ask({ type: 'state/get' });

let early: ReturnType<typeof readLog> | null = null;

/** Asks for the log now; the first takeLog() answers this read. */
export function startReadingLog(): void {
  early ??= readLog().finally(() => performance.mark('options-log-read'));
}

/**
 * The read startReadingLog() began (once), else a fresh one.
 *
 * @example const reply = await takeLog(); // → { ok: true, interviews, settings, … } | Failure
 */
export function takeLog(): ReturnType<typeof readLog> {
  const reply = early ?? readLog();
  early = null;
  return reply;
}
