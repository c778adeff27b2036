/**
 * A match by name and company, confirmed by the person on the LinkedIn page ("Is this Priya from your
 * Contoso Health interview?" → yes): the profile the page is on becomes the interviewer's address, and
 * only that one, and never over an address the log already has.
 */
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { sampleInterview, snapshot, useFakeStore } from '../support/fake-store';
import { POPUP } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

const popup = POPUP;
const onPage = (slug: string) => ({
  tab: { id: 7 } as never,
  frameId: 0,
  url: `https://www.linkedin.com/in/${slug}/`,
});
const noAddress = () =>
  sampleInterview({ interviewers: [{ id: 'p-1', name: 'Priya Natarajan', role: 'recruiter' }] });
const confirm = (slug: string) => ({
  type: 'page/confirm-match',
  interviewId: 'iv-1',
  interviewerId: 'p-1',
  slug,
});
const addressOf = async () => {
  const out = (await handle({ type: 'state/get' }, popup)) as {
    interviews: { interviewers: { profileUrl?: string }[] }[];
  };
  return out.interviews[0]?.interviewers[0]?.profileUrl;
};

describe('confirming a match by name on the page', () => {
  it('gives the interviewer the address of the profile the page is on', async () => {
    await handle({ type: 'interview/put', interview: noAddress() }, popup);
    expect(await handle(confirm('priya-natarajan'), onPage('priya-natarajan'))).toEqual({
      ok: true,
      updated: true,
    });
    expect(await addressOf()).toBe('https://www.linkedin.com/in/priya-natarajan/');
  });

  it('refuses another profile than the one the page is on, and changes nothing', async () => {
    await handle({ type: 'interview/put', interview: noAddress() }, popup);
    const before = await snapshot();
    expect(await handle(confirm('someone-else'), onPage('priya-natarajan'))).toMatchObject({ ok: false });
    expect(await snapshot()).toBe(before);
  });

  it('never replaces an address the log already has', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview() }, popup);
    expect(await handle(confirm('priya-n-2'), onPage('priya-n-2'))).toEqual({ ok: true, updated: false });
    expect(await addressOf()).toBe('https://www.linkedin.com/in/priya-natarajan/');
  });
});
