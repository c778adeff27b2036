import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../src/storage/migrations';
import { markNotified, notified, notifiedKey } from '../../src/storage/notified';
import { NOW, seed, useFakeStore } from '../support/fake-store';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

describe('follow-ups already notified', () => {
  it('are remembered by interview, interviewer, kind and due time', async () => {
    const key = notifiedKey({
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      kind: 'connect',
      dueAt: new Date('2026-03-10T14:00:00Z'),
    });
    expect(key).toBe('iv-1/p-1/connect/2026-03-10T14:00:00.000Z');
    expect(await notified()).toEqual({});
    await markNotified([key]);
    expect(await notified()).toEqual({ [key]: NOW.toISOString() });
  });

  it('forget entries over a year old when new ones are written, keeping recent ones', async () => {
    const lastNotified = { old: '2024-12-01T09:00:00Z', recent: '2026-01-05T09:00:00Z' };
    await seed({ meta: { schemaVersion: SCHEMA_VERSION, lastNotified } });
    await markNotified(['new']);
    expect(await notified()).toEqual({ recent: '2026-01-05T09:00:00Z', new: NOW.toISOString() });
  });
});
