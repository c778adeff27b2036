import { defineConfig } from 'vitest/config';

/** End-to-end: one Chromium with the built extension per file, files one after another. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
