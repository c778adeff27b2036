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
  },
});
