/**
 * The follow-up actions against the real writer: what they write is stored, and Undo puts back exactly
 * what was there, even after the write moved the interview to its next revision.
 */
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { readAll } from '../../src/storage/store';
import { heardBackChange, skipChange, snoozeChange } from '../../src/ui/follow-up-writes';
import { sampleInterview, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
vi.mock('../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

const NOW = new Date(2026, 2 /* Mar */, 10, 15);
const read = async () => (await readAll()).interviews.find((iv) => iv.id === 'iv-1')!;
async function run(messages: unknown[]) {
  for (const message of messages) expect(await handle(message, OWN_PAGE)).toMatchObject({ ok: true });
}

describe('follow-up actions, written and undone', () => {
  it('I heard back: an offer is stored, and Undo brings back the pending outcome', async () => {
    await run([{ type: 'interview/put', interview: sampleInterview(), base: null }]);
    const before = await read();
    const change = heardBackChange(before, 'offer', NOW);
    await run(change.apply);
    expect(await read()).toMatchObject({ outcome: 'offer', outcomeAt: expect.any(String) });
    await run(change.undo);
    const after = await read();
    expect(after.outcome).toBe('pending');
    expect(after.outcomeAt).toBeUndefined();
  });

  it('Snooze and Skip are stored on the interviewer, and Undo clears them', async () => {
    await run([{ type: 'interview/put', interview: sampleInterview(), base: null }]);
    const interview = await read();
    const person = interview.interviewers[0]!;
    const snooze = snoozeChange(interview, person, new Date(2026, 2, 11, 9));
    await run(snooze.apply);
    expect((await read()).interviewers[0]?.followUp?.snoozedUntil).toBeTruthy();
    await run(snooze.undo);
    expect((await read()).interviewers[0]?.followUp?.snoozedUntil).toBeUndefined();
    const skip = skipChange(interview, person, NOW);
    await run(skip.apply);
    expect((await read()).interviewers[0]?.followUp?.skippedAt).toBeTruthy();
    await run(skip.undo);
    expect((await read()).interviewers[0]?.followUp?.skippedAt).toBeUndefined();
  });
});
