/**
 * The single writer's queue: tasks run one after another, each starting only when the previous one has
 * settled, so every write applies to the latest stored state. A failed task does not stop the queue.
 */
let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` after every task queued before it, and answers its result.
 *
 * @example await Promise.all([serial(() => save(a)), serial(() => save(b))]) // b's read sees a's write
 */
export function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
