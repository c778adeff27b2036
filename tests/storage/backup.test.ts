import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { refreshReminders } from '../../src/background/reminders';
import type { InterviewInput } from '../../src/core/model';
import { exportBackup, importBackup, previewImport } from '../../src/storage/backup';
import { MAX_BACKUP_DATA, MAX_BACKUP_TEXT } from '../../src/storage/backup-check';
import { STORAGE_FULL } from '../../src/storage/errors';
import { readAll, writeRepairs } from '../../src/storage/store';
import { sampleInterview, seed, snapshot, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

const iv1 = sampleInterview();
const iv2 = sampleInterview({ id: 'iv-2', company: 'Globex', at: '2026-03-04T15:00:00Z' });

/** A log as a person builds it: two interviews, their name, and one record that could not be read. */
beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await handle({ type: 'interview/put', interview: iv1 }, OWN_PAGE);
  await handle({ type: 'interview/put', interview: iv2 }, OWN_PAGE);
  await handle({ type: 'settings/patch', patch: { yourName: 'Alex Kim' } }, OWN_PAGE);
  await seed({ 'interview:iv-3': '{"id":"iv-3","comp' });
  await readAll();
  // Settled: the damaged record set aside and the reminders' bookkeeping written.
  await writeRepairs();
  await refreshReminders();
});

const file = (interviews: InterviewInput[], settings: object = { yourName: 'Sam Lee' }) => ({
  format: 'connect-coach-backup',
  version: 1,
  exportedAt: '2026-03-10T08:00:00Z',
  settings,
  interviews,
});
const withoutTime = ({ exportedAt: _, ...rest }: { exportedAt: string }) => rest;

describe('export and import round trip', () => {
  it('exports the log, and importing that export (replace) gives back the same export', async () => {
    const first = await exportBackup();
    await handle(
      { type: 'interview/put', interview: sampleInterview({ id: 'iv-9', company: 'Initech' }) },
      OWN_PAGE,
    );
    await handle(
      { type: 'settings/patch', patch: { yourName: 'Someone else', weekdaysOnly: true } },
      OWN_PAGE,
    );

    expect(await importBackup(JSON.stringify(first), 'replace')).toEqual({ ok: true });
    vi.setSystemTime(new Date('2026-03-11T08:00:00Z'));
    const second = await exportBackup();
    expect(second.exportedAt).toBe('2026-03-11T08:00:00.000Z');
    expect(withoutTime(second)).toEqual(withoutTime(first));
    expect(first.interviews.map((interview) => interview.id)).toEqual(['iv-2', 'iv-1']);
    expect(first.quarantine).toHaveLength(1);
  });

  it('answers backup/export and backup/import as the contract says', async () => {
    const exported = await handle({ type: 'backup/export' }, OWN_PAGE);
    expect(exported).toMatchObject({ ok: true, backup: { format: 'connect-coach-backup', version: 1 } });
    const { backup } = exported as { backup: unknown };
    expect(await handle({ type: 'backup/import', backup, mode: 'replace' }, OWN_PAGE)).toEqual({ ok: true });
  });
});

describe('merge keeps what the file does not mention; replace makes the file the log', () => {
  const changed = { ...iv2, role: 'Senior Engineer' };
  const incoming = file([changed, sampleInterview({ id: 'iv-4', company: 'Umbrella' })]);

  it('replace', async () => {
    expect(await previewImport(incoming, 'replace')).toEqual({
      ok: true,
      added: 1,
      replaced: 1,
      kept: 0,
      removed: 1,
      settingsChanged: true,
    });
    expect(await importBackup(incoming, 'replace')).toEqual({ ok: true });
    const state = await readAll();
    expect(state.interviews.map((interview) => [interview.id, interview.role])).toEqual([
      ['iv-2', 'Senior Engineer'],
      ['iv-4', 'Product Manager'],
    ]);
    expect(state.settings.yourName).toBe('Sam Lee');
    expect(state.quarantine).toHaveLength(1);
  });

  it('merge', async () => {
    expect(await previewImport(incoming, 'merge')).toEqual({
      ok: true,
      added: 1,
      replaced: 1,
      kept: 1,
      removed: 0,
      settingsChanged: false,
    });
    expect(await importBackup(incoming, 'merge')).toEqual({ ok: true });
    const state = await readAll();
    expect(state.interviews.map((interview) => [interview.id, interview.role])).toEqual([
      ['iv-2', 'Senior Engineer'],
      ['iv-1', 'Product Manager'],
      ['iv-4', 'Product Manager'],
    ]);
    expect(state.settings.yourName).toBe('Alex Kim');
  });

  it('a preview changes nothing', async () => {
    const before = await snapshot();
    await previewImport(incoming, 'replace');
    await handle({ type: 'backup/preview', backup: incoming, mode: 'merge' }, OWN_PAGE);
    expect(await snapshot()).toBe(before);
  });
});

/** Builds a value nested `levels` deep without recursion. */
function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

const valid = file([iv1]);
const cyclic: Record<string, unknown> = { ...valid };
cyclic.settings = cyclic;

const malformed: Array<[string, unknown, RegExp]> = [
  ['text that is not JSON', '{"format": "connect-coach-backup",', /the file is not valid JSON/],
  [
    'text over 40 MB',
    `${JSON.stringify(valid)}${' '.repeat(MAX_BACKUP_TEXT)}`,
    /larger than Connect Coach can store/,
  ],
  [
    'an object larger than the store can hold',
    {
      ...valid,
      quarantine: [{ key: 'k', reason: 'r', at: valid.exportedAt, value: 'x'.repeat(MAX_BACKUP_DATA) }],
    },
    /larger than Connect Coach can store/,
  ],
  ['a list instead of a backup', '[]', /does not hold a Connect Coach backup/],
  ['nothing at all', null, /does not hold a Connect Coach backup/],
  [
    "another program's file",
    { ...valid, format: 'linkedin-export' },
    /format is "linkedin-export", so this is not/,
  ],
  [
    'a backup from a newer version',
    { ...valid, version: 2 },
    /version is 2, and this Connect Coach reads version 1/,
  ],
  ['interviews that are not a list', { ...valid, interviews: 'nope' }, /interviews must be a list/],
  [
    'a missing export time',
    { ...valid, exportedAt: undefined as unknown as string },
    /exportedAt must be a date and time/,
  ],
  ['a time in words', file([{ ...iv1, at: 'last Monday' }]), /interviews\[0\]\.at must be a date and time/],
  [
    'a wrong type deep inside',
    file([{ ...iv1, interviewers: [{ id: 'p', name: 7 as unknown as string }] }]),
    /interviews\[0\]\.interviewers\[0\]\.name must be text/,
  ],
  [
    'settings of the wrong kind',
    file([iv1], { reminders: 'yes' }),
    /settings\.reminders must be true or false/,
  ],
  [
    'the same interview twice',
    file([iv1, iv2, { ...iv1, company: 'Again' }]),
    /interviews\[2\]\.id interview id "iv-1" appears twice/,
  ],
  [
    'a __proto__ key deep inside',
    `{"format":"connect-coach-backup","version":1,"exportedAt":"2026-03-10T08:00:00Z","settings":{},"interviews":[{"id":"a","company":"A","role":"R","at":"2026-03-09T14:00:00Z","interviewers":[{"id":"p","name":"P","__proto__":{"isAdmin":true}}]}]}`,
    /interviews\[0\]\.interviewers\[0\]\.__proto__ is a key a backup must never contain/,
  ],
  [
    'a constructor key',
    { ...valid, constructor: { prototype: {} } },
    /constructor is a key a backup must never contain/,
  ],
  [
    'a prototype key in settings',
    JSON.parse('{"format":"connect-coach-backup","version":1,"settings":{"prototype":1}}'),
    /settings\.prototype is a key/,
  ],
  [
    'nesting deeper than 64 levels',
    { ...valid, quarantine: [{ key: 'k', reason: 'r', at: valid.exportedAt, value: nested(70) }] },
    /nested more than 64 levels deep/,
  ],
  [
    'nesting a hundred thousand levels deep, as text',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    /nested more than 64 levels deep/,
  ],
  ['a date object rather than text', { ...valid, exportedAt: new Date() }, /exportedAt is not plain data/],
  ['a backup that contains itself', cyclic, /settings contains itself/],
];

describe('a malformed backup is refused with one sentence naming the problem, and nothing changes', () => {
  it.each(malformed)('%s', async (_situation, raw, reason) => {
    const before = await snapshot();
    for (const mode of ['replace', 'merge'] as const) {
      const answer = await importBackup(raw, mode);
      expect(answer).toEqual({ ok: false, error: expect.stringMatching(reason) });
      if (answer.ok) continue;
      expect(answer.error).toMatch(/^This backup can't be imported: [^\n]+\.$/);
      expect(await previewImport(raw, mode)).toEqual(answer);
    }
    expect(await snapshot()).toBe(before);
  });
});

describe('a full browser storage', () => {
  it('refuses the import with a sentence and keeps the log as it was', async () => {
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await importBackup(file([sampleInterview({ id: 'iv-8' })]), 'merge')).toEqual({
      ok: false,
      error: STORAGE_FULL,
    });
    expect(await snapshot()).toBe(before);
  });
});
