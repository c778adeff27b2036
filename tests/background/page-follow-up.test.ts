/**
 * Snooze and Skip from the card on LinkedIn's page (`page/follow-up`): the popup's writes and words, an
 * Undo the background keeps itself, and only for the person whose profile the page is.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { snoozeChange } from '../../src/ui/follow-up-writes';
import { useFakeStore } from '../support/fake-store';
import { LINKEDIN_TOP, onPage, person, seedLog } from '../support/page-log';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
// Eleven days after Contoso's interview: Priya's connection request is due.
const LATER = new Date('2026-03-20T12:00:00.000Z');
useFakeStore(LATER);
beforeEach(seedLog);

const follow = (action: string, interviewerId = 'p-1', sender = LINKEDIN_TOP) =>
  handle({ type: 'page/follow-up', interviewId: 'iv-1', interviewerId, action }, sender);
const dueOnPage = async () =>
  ((await onPage({ slug: 'priya-natarajan', name: 'Priya Natarajan' })) as { due?: boolean }).due;

describe('page/follow-up', () => {
  it('says on the page when a follow-up is due', async () => {
    expect(await dueOnPage()).toBe(true);
  });

  it('snoozes until tomorrow with the popup’s words, and Undo puts it back', async () => {
    const before = await person('iv-1', 'p-1');
    const said = snoozeChange({} as never, before!, new Date('2026-03-21T09:00:00')).said;
    expect(await follow('tomorrow')).toEqual({ ok: true, said });
    expect((await person('iv-1', 'p-1'))?.followUp?.snoozedUntil).toBeTruthy();
    expect(await dueOnPage()).toBe(false);
    expect(await follow('undo')).toEqual({ ok: true, said: 'Undone.' });
    expect((await person('iv-1', 'p-1'))?.followUp?.snoozedUntil).toBeUndefined();
    expect(await dueOnPage()).toBe(true);
    // One Undo per change.
    expect(await follow('undo')).toMatchObject({ ok: false, error: /nothing to undo/ });
  });

  it('skips this person with the popup’s words', async () => {
    expect(await follow('skip')).toEqual({ ok: true, said: 'No more follow-ups for Priya Natarajan.' });
    expect((await person('iv-1', 'p-1'))?.followUp?.skippedAt).toBeTruthy();
    expect(await dueOnPage()).toBe(false);
  });

  it('acts only for the person whose profile the page is, and only from a LinkedIn page', async () => {
    // Tomás is in the same interview, but the page is Priya's.
    expect(await follow('skip', 'p-2')).toMatchObject({ ok: false, error: /Only the person on this page/ });
    expect((await person('iv-1', 'p-2'))?.followUp?.skippedAt).toBeUndefined();
    expect(await follow('skip', 'p-1', { ...LINKEDIN_TOP, frameId: 3 })).toMatchObject({ ok: false });
    expect((await person('iv-1', 'p-1'))?.followUp?.skippedAt).toBeUndefined();
  });
});
