import { defineConfig } from 'vitest/config';

/** Firefox end to end: one firefox-esr with the built add-on per file, files one after another. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
    // A poll waits for a condition; its limit is for a hang, not speed (expect.poll's own default is 1 s).
    expect: { poll: { timeout: 10_000 } },
  },
});
