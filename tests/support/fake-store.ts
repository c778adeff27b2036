/**
 * Test helpers around the in-memory browser: a fresh store and a pinned clock before each test, seeding,
 * and a byte-for-byte snapshot of everything stored. Each test file also needs
 * `vi.mock('webextension-polyfill', () => import('./polyfill'));` (vi.mock is hoisted per file).
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetRates } from '../../src/background/senders';
import type { InterviewInput } from '../../src/core/model';
import { cancelRepairs } from '../../src/storage/repair';

/** Tuesday 10 March 2026, 12:00 UTC: the day after the sample interview. */
export const NOW = new Date('2026-03-10T12:00:00.000Z');

/** Resets the fake browser and pins the clock to `now` around every test of the file. */
export function useFakeStore(now: Date = NOW): void {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    cancelRepairs();
    resetRates();
    vi.useRealTimers();
  });
}

/** Puts raw items into storage.local, as an older version or a damaged disk might have left them. */
export async function seed(items: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(items);
}

/** Everything stored, as raw items. */
export async function stored(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
}

/** Everything stored as JSON text with sorted keys: equal snapshots mean an unchanged store. */
export async function snapshot(): Promise<string> {
  const items = await stored();
  return JSON.stringify(Object.fromEntries(Object.entries(items).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** A complete interview as a person would enter it, one recruiter and one hiring manager. */
export function sampleInterview(overrides: Partial<InterviewInput> = {}): InterviewInput {
  return {
    id: 'iv-1',
    company: 'Contoso Health',
    role: 'Product Manager',
    at: '2026-03-09T14:00:00Z',
    topics: ['patient onboarding'],
    interviewers: [
      {
        id: 'p-1',
        name: 'Priya Natarajan',
        role: 'recruiter',
        profileUrl: 'https://www.linkedin.com/in/priya-natarajan/',
      },
      { id: 'p-2', name: 'Tomás Ruiz', profileUrl: 'https://www.linkedin.com/in/tom%C3%A1s-ruiz/' },
    ],
    ...overrides,
  };
}
