import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness';

const backup = {
  format: 'connect-coach-backup',
  version: 1,
  exportedAt: '2026-03-10T12:00:00Z',
  settings: { yourName: 'Alex Kim', accountTier: 'free' },
  interviews: [
    {
      id: 'iv-1',
      company: 'Contoso Health',
      role: 'Product Manager',
      at: '2026-03-09T14:00:00Z',
      topics: ['patient onboarding'],
      interviewers: [
        { id: 'p-1', name: 'Priya Natarajan', profileUrl: 'https://www.linkedin.com/in/priya-natarajan/' },
      ],
    },
  ],
};

describe('the extension in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('starts its service worker from dist/chrome', () => {
    expect(ext.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  });

  it('round-trips a backup through an extension page: import, then export the same log', async () => {
    expect(await ext.send({ type: 'backup/import', backup, mode: 'replace' })).toEqual({ ok: true });
    const out = await ext.send<{ ok: true; backup: typeof backup }>({ type: 'backup/export' });
    expect(out.ok).toBe(true);
    expect(out.backup.format).toBe('connect-coach-backup');
    expect(out.backup.settings.yourName).toBe('Alex Kim');
    expect(out.backup.interviews).toHaveLength(1);
    expect(out.backup.interviews[0]).toMatchObject({
      id: 'iv-1',
      culture: 'neutral',
      interviewers: [{ id: 'p-1', role: 'hiring-manager', invite: { state: 'none' } }],
    });
  });

  it('refuses a malformed backup with a reason and keeps the log as it was', async () => {
    const before = await ext.send({ type: 'backup/export' });
    const answer = await ext.send<{ ok: boolean; error?: string }>({
      type: 'backup/import',
      backup: { format: 'connect-coach-backup', version: 1, interviews: 'nope' },
      mode: 'replace',
    });
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/\w+/);
    const after = await ext.send({ type: 'backup/export' });
    expect(strip(after)).toEqual(strip(before));
  });

  it('makes no network request', () => {
    expect(ext.strayRequests).toEqual([]);
  });
});

function strip(answer: unknown) {
  const { backup } = answer as { backup: Record<string, unknown> };
  const { exportedAt: _, ...rest } = backup;
  return rest;
}
