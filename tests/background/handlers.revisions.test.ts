/**
 * Writes that never undo each other: every interview carries a revision, a whole-interview write says the
 * revision it was based on, and a write based on an older one is merged field by field (interviewers by
 * id) or refused with what changed, storage untouched.
 */
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import type { Interview } from '../../src/core/model';
import { readAll } from '../../src/storage/store';
import { sampleInterview, snapshot, useFakeStore } from '../support/fake-store';
import { LINKEDIN_TAB, OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

type Stored = Interview & { revision: number };
type Put = { ok: boolean; error?: string; interview?: Stored; conflict?: { current: Stored | null } };
const put = async (interview: unknown, base: unknown) =>
  (await handle({ type: 'interview/put', interview, base }, OWN_PAGE)) as Put;
const read = async () => (await readAll()).interviews.find((iv) => iv.id === 'iv-1') as Stored;
const person = (interview: Interview, id: string) => interview.interviewers.find((p) => p.id === id)!;
const withPerson = (interview: Stored, id: string, change: object): Stored => ({
  ...interview,
  interviewers: interview.interviewers.map((p) => (p.id === id ? { ...p, ...change } : p)),
});

describe('revisions', () => {
  it('each write of an interview gives it the next revision; a write that changes nothing does not', async () => {
    expect((await put(sampleInterview(), null)).interview?.revision).toBe(1);
    const first = await read();
    expect(first.revision).toBe(1);
    expect((await put({ ...first, notes: 'Call back' }, first)).interview?.revision).toBe(2);
    await handle(
      { type: 'page/invite-sent', slug: 'priya-natarajan', note: '', at: '2026-03-10T12:00:00Z' },
      LINKEDIN_TAB,
    );
    expect((await read()).revision).toBe(3);
    const now = await read();
    expect((await put(now, now)).interview?.revision).toBe(3);
  });

  it('an edit based on an old revision keeps the invitation recorded meanwhile (a Send on LinkedIn)', async () => {
    await put(sampleInterview(), null);
    const opened = await read(); // the options form opens
    await handle(
      { type: 'page/invite-sent', slug: 'priya-natarajan', note: 'Hi Priya', at: '2026-03-10T12:00:00.000Z' },
      LINKEDIN_TAB,
    );
    const answer = await put({ ...opened, company: 'Contoso Health Group' }, opened);
    expect(answer).toMatchObject({ ok: true });
    const saved = await read();
    expect(saved.company).toBe('Contoso Health Group');
    expect(person(saved, 'p-1').invite).toEqual({
      state: 'sent',
      at: '2026-03-10T12:00:00.000Z',
      note: 'Hi Priya',
    });
  });

  it('two pages editing different interviewers of one interview: both edits kept', async () => {
    await put(sampleInterview(), null);
    const seen = await read(); // both pages read the same revision
    expect(await put(withPerson(seen, 'p-1', { title: 'Talent Partner' }), seen)).toMatchObject({ ok: true });
    expect(await put(withPerson(seen, 'p-2', { title: 'Head of Product' }), seen)).toMatchObject({
      ok: true,
    });
    const saved = await read();
    expect([person(saved, 'p-1').title, person(saved, 'p-2').title]).toEqual([
      'Talent Partner',
      'Head of Product',
    ]);
  });

  it('one page adds an interviewer while another edits one: both kept, in order', async () => {
    await put(sampleInterview(), null);
    const seen = await read();
    const avery = { id: 'p-3', name: 'Avery Chen', role: 'panel', invite: { state: 'none' }, touches: [] };
    await put({ ...seen, interviewers: [...seen.interviewers, avery] }, seen);
    await put(withPerson(seen, 'p-2', { title: 'Head of Product' }), seen);
    const saved = await read();
    expect(saved.interviewers.map((p) => [p.id, p.title])).toEqual([
      ['p-1', undefined],
      ['p-2', 'Head of Product'],
      ['p-3', undefined],
    ]);
  });

  it('both changing the same field: refused with what changed, the stored interview answered, nothing written', async () => {
    await put(sampleInterview(), null);
    const seen = await read();
    await put({ ...seen, company: 'Globex' }, seen);
    const before = await snapshot();
    const answer = await put({ ...seen, company: 'Initech' }, seen);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/changed elsewhere.*the company is now “Globex” \(yours: “Initech”\)/);
    expect(answer.conflict?.current).toMatchObject({ company: 'Globex', revision: 2 });
    expect(await snapshot()).toBe(before);
    // Saving again on the revision now shown applies the person's version.
    expect(await put({ ...seen, company: 'Initech' }, answer.conflict?.current)).toMatchObject({ ok: true });
    expect((await read()).company).toBe('Initech');
  });

  it('removing an interviewer someone else changed meanwhile is refused, not silently lost', async () => {
    await put(sampleInterview(), null);
    const seen = await read();
    await handle(
      { type: 'page/invite-sent', slug: 'tomás-ruiz', note: '', at: '2026-03-10T12:00:00.000Z' },
      LINKEDIN_TAB,
    );
    const answer = await put({ ...seen, interviewers: seen.interviewers.slice(0, 1) }, seen);
    expect(answer).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Tomás Ruiz is now changed \(yours: removed\)/),
    });
    expect((await read()).interviewers).toHaveLength(2);
  });

  it('Undo after a later change restores what the save changed and keeps the later change', async () => {
    await put(sampleInterview(), null);
    const before = await read();
    // Saved with Tomás removed…
    const saved = (await put({ ...before, interviewers: before.interviewers.slice(0, 1) }, before))
      .interview!;
    // …then Priya's invitation is recorded on LinkedIn…
    await handle(
      { type: 'page/invite-sent', slug: 'priya-natarajan', note: '', at: '2026-03-10T12:00:00.000Z' },
      LINKEDIN_TAB,
    );
    // …then Undo puts the interview as it was back over the saved revision.
    expect(await put(before, saved)).toMatchObject({ ok: true });
    const now = await read();
    expect(now.interviewers.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(person(now, 'p-1').invite.state).toBe('sent');
  });

  it('Undo of a delete puts the interview back exactly, and a new interview never overwrites a stored one', async () => {
    await put(sampleInterview(), null);
    const before = await snapshot();
    const { deleted } = (await handle({ type: 'interview/delete', id: 'iv-1' }, OWN_PAGE)) as {
      deleted: Stored;
    };
    expect(await put(deleted, null)).toMatchObject({ ok: true });
    expect(await snapshot()).toBe(before);
    expect(await put(sampleInterview({ company: 'Other' }), null)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already in your log/),
    });
  });
});
