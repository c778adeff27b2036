/**
 * Repairs found by a read (records set aside, the layout migrated) are written after the read has been
 * answered, never before: with storage full the log can still be read and exported. A repair storage
 * refuses is tried again later, waiting longer each time; a write of the person's own also carries it.
 */

const FIRST_RETRY_MS = 30_000;
const LAST_RETRY_MS = 30 * 60_000;

let pending = false;
let wait = FIRST_RETRY_MS;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Runs `repair` soon, unless one is already scheduled; on failure, again after a growing wait.
 *
 * @example scheduleRepair(() => writeRepairs());
 */
export function scheduleRepair(repair: () => Promise<void>): void {
  if (pending) return;
  pending = true;
  Promise.resolve()
    .then(repair)
    .then(
      () => {
        pending = false;
        wait = FIRST_RETRY_MS;
      },
      (error: unknown) => {
        console.warn('Connect Coach could not repair its storage yet; it will try again:', error);
        timer = setTimeout(() => {
          pending = false;
          scheduleRepair(repair);
        }, wait);
        wait = Math.min(wait * 2, LAST_RETRY_MS);
      },
    );
}

/** Forgets any scheduled retry (for tests, which start each case from a fresh browser). */
export function cancelRepairs(): void {
  clearTimeout(timer);
  pending = false;
  wait = FIRST_RETRY_MS;
}
