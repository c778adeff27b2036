import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { SettingsSchema } from '../../src/core/model';
import { sampleInterview, snapshot, useFakeStore } from '../support/fake-store';
import { LINKEDIN_TAB, OWN_PAGE, POPUP } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

const popup = POPUP;
const optionsInATab = {
  ...OWN_PAGE,
  tab: { id: 3, url: 'chrome-extension://test-extension-id/src/options/options.html' } as never,
};
const linkedInTab = LINKEDIN_TAB;

describe('every message is checked before anything happens', () => {
  const invalid: Array<[string, unknown, RegExp]> = [
    ['not an object', 'hello', /did not understand a request/],
    ['an unknown type', { type: 'store/format-disk' }, /did not understand a request: type/],
    [
      'a field of the wrong type',
      { type: 'page/note-box', limit: 'two hundred', remaining: null },
      /limit must be a number/,
    ],
    ['a missing field', { type: 'interview/delete' }, /id is missing/],
  ];
  it.each(invalid)('refuses %s with a sentence', async (_situation, message, error) => {
    const before = await snapshot();
    expect(await handle(message, popup)).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(await snapshot()).toBe(before);
  });
});

describe('a LinkedIn page may only report what it shows', () => {
  it.each([
    { type: 'store/wipe' },
    { type: 'backup/export' },
    { type: 'state/get' },
    { type: 'settings/patch', patch: { reminders: false } },
  ])('refuses $type from a content script', async (message) => {
    await handle({ type: 'interview/put', interview: sampleInterview() }, popup);
    const before = await snapshot();
    expect(await handle(message, linkedInTab)).toEqual({
      ok: false,
      error: expect.stringMatching(/only report what it shows/),
    });
    expect(await snapshot()).toBe(before);
  });

  it("answers its readings, and the extension's own pages anything, even when opened in a tab", async () => {
    await handle({ type: 'interview/put', interview: sampleInterview() }, popup);
    const reading = {
      slug: 'priya-natarajan',
      name: null,
      headline: null,
      company: null,
      degree: null,
      relation: 'unknown',
      own: false,
    };
    expect(await handle({ type: 'page/reading', reading }, linkedInTab)).toMatchObject({
      interviewerId: 'p-1',
    });
    expect(await handle({ type: 'state/get' }, optionsInATab)).toMatchObject({ ok: true });
  });
});

describe("the answers' shapes", () => {
  it('state/get: the settings, the interviews, the quarantine, problems and whether it is read-only', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview() }, popup);
    expect(await handle({ type: 'state/get' }, popup)).toEqual({
      ok: true,
      settings: SettingsSchema.parse({}),
      interviews: [expect.objectContaining({ id: 'iv-1' })],
      quarantine: [],
      problems: [],
      readOnly: false,
    });
  });

  it('interviewer/touch: the interview with the touch added', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview() }, popup);
    const touch = { at: '2026-03-20T10:00:00Z', kind: 'email', replied: false };
    const answer = await handle(
      { type: 'interviewer/touch', interviewId: 'iv-1', interviewerId: 'p-2', touch },
      popup,
    );
    expect(answer).toMatchObject({
      ok: true,
      interview: { interviewers: [{ touches: [] }, { touches: [touch] }] },
    });
  });

  it('plan/get: the next actions, soonest first, with ISO times and words', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview() }, popup);
    const answer = (await handle({ type: 'plan/get' }, popup)) as {
      ok: true;
      plan: Array<Record<string, unknown>>;
    };
    expect(answer.ok).toBe(true);
    expect(answer.plan.map((item) => [item.interviewerId, item.kind])).toEqual([
      ['p-1', 'connect'],
      ['p-2', 'connect'],
    ]);
    expect(answer.plan[0]).toMatchObject({
      interviewId: 'iv-1',
      name: 'Priya Natarajan',
      company: 'Contoso Health',
      verdict: 'wait',
    });
    expect(answer.plan[0]?.dueAt).toMatch(/^2026-03-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    expect(answer.plan[0]?.summary).toMatch(/^Wait until /);
  });
});
