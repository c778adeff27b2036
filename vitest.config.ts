import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    restoreMocks: true,
    // Limits for a hang, not for speed: the suite must pass with both cores busy (see README).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    setupFiles: ['tests/support/setup.ts'],
  },
});
