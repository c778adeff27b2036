/**
 * Waits in tests are for a condition, and their limits are for a hang, not a measure of speed: with both
 * cores busy, a render or a storage round trip can take seconds. Every wait (`waitFor`, `findBy…`,
 * `vi.waitFor`) gets at least ten seconds to see its condition; vitest.config.ts gives each test thirty.
 */
import { configure } from '@testing-library/dom';
import { vi } from 'vitest';

const WAIT_MS = 10_000;

configure({ asyncUtilTimeout: WAIT_MS });

// vi.waitFor's own default is one second: on a loaded machine (a fresh-clone run with four busy loops
// beside it) a note bar took longer than that to appear, and the test failed although nothing was wrong.
// So no call names a limit: each gets ten seconds (more only if it asks for more). A wait returns as soon
// as its condition holds, so the longer limit costs nothing when things work.
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) => {
  const asked = typeof options === 'number' ? { timeout: options } : (options ?? {});
  return waitFor(callback, { ...asked, timeout: Math.max(asked.timeout ?? 0, WAIT_MS) });
}) as typeof vi.waitFor;
