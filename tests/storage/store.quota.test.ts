/**
 * A full storage is reported, never swallowed: whichever way the browser words it, every kind of write
 * answers `{ ok: false, error }` with a sentence that says storage is full, and the log stays as it was.
 * (tests/background/writer.test.ts covers Chrome's wording on interview/put; this covers the other
 * shapes and the other writes.)
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { sampleInterview, snapshot, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();
beforeEach(async () => {
  await handle({ type: 'interview/put', interview: sampleInterview() }, OWN_PAGE);
});

/** How browsers say it: Chrome's message, a DOMException by name (Firefox, IndexedDB-backed), a plain name. */
const QUOTA_ERRORS: Array<[string, () => Error]> = [
  ['Chrome’s QUOTA_BYTES message', () => new Error('Resource::kQuotaBytes quota exceeded')],
  [
    'a QuotaExceededError DOMException',
    () => new DOMException('The operation failed.', 'QuotaExceededError'),
  ],
  [
    'an error named QuotaExceededError with an unhelpful message',
    () => Object.assign(new Error('write failed'), { name: 'QuotaExceededError' }),
  ],
];

const WRITES: Array<[string, unknown]> = [
  [
    'interviewer/touch',
    {
      type: 'interviewer/touch',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      touch: { at: '2026-03-10T11:00:00Z', kind: 'message' },
    },
  ],
  ['interview/put', { type: 'interview/put', interview: sampleInterview({ id: 'iv-2' }) }],
  ['settings/patch', { type: 'settings/patch', patch: { yourName: 'Alex' } }],
  [
    'backup/import',
    {
      type: 'backup/import',
      mode: 'merge',
      backup: {
        format: 'connect-coach-backup',
        version: 1,
        exportedAt: '2026-03-10T08:00:00Z',
        settings: {},
        interviews: [sampleInterview({ id: 'iv-3' })],
      },
    },
  ],
];

describe.each(QUOTA_ERRORS)('storage full, said as %s', (_shape, makeError) => {
  it.each(WRITES)('%s answers that storage is full and changes nothing', async (_type, message) => {
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(makeError());
    const answer = (await handle(message, OWN_PAGE)) as { ok: boolean; error?: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/storage .*is full/);
    expect(await snapshot()).toBe(before);
  });
});
