import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** `npm run bench`: each bench/*.bench.ts records its figures; scripts/bench.mjs prints one table. */
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
