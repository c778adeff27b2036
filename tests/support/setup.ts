/**
 * Waits in tests are for a condition, and their limits are for a hang, not a measure of speed: with both
 * cores busy, a render or a storage round trip can take seconds. Every wait (`waitFor`, `findBy…`) gets
 * ten seconds to see its condition; vitest.config.ts gives each test thirty.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
