import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/**
 * `DATES_ONLY=1` (npm run test:unit's second and third time zones): leave out the folders that compute no
 * date: LinkedIn's page readers, the content script, and the backup fuzz and damaged-store cases (which
 * compare stored values, never local days). The whole suite still runs once, in UTC.
 */
const ZONE_FREE = [
  'tests/linkedin/**',
  'tests/content/**',
  'tests/storage/backup.import-*',
  'tests/storage/store.corrupt*',
];

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', ...(process.env.DATES_ONLY ? ZONE_FREE : [])],
    environment: 'node',
    restoreMocks: true,
    // Limits for a hang, not for speed: the suite must pass with both cores busy (see README).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // As every wait in tests/support/setup.ts: a limit for a hang (expect.poll's own default is 1 s).
    expect: { poll: { timeout: 10_000 } },
    setupFiles: ['tests/support/setup.ts'],
  },
});
