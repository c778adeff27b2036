import { defineConfig } from 'vitest/config';

/**
 * End-to-end: one Chromium with the built extension per file (its own temporary profile, its own
 * in-browser routes), two files at a time: Vitest's default on two cores is one, which left a core idle
 * while a page rendered. The whole suite passed this way with both cores already busy.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
    // A poll waits for a condition; its limit is for a hang, not speed (expect.poll's own default is 1 s).
    expect: { poll: { timeout: 10_000 } },
  },
});
