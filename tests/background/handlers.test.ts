import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { planItems } from '../../src/background/plan';
import { SettingsSchema } from '../../src/core/model';
import { readAll } from '../../src/storage/store';
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

describe('page messages come only from the top frame of a LinkedIn tab', () => {
  const note = { type: 'page/note-box', limit: 300, remaining: null };
  it.each([
    ['no tab (another extension page)', popup],
    ['an extension page in a tab', optionsInATab],
    ['a frame inside LinkedIn’s page', { ...linkedInTab, frameId: 4 }],
    ['another site', { ...linkedInTab, url: 'https://evil.example/in/priya-natarajan/' }],
    ['a look-alike host', { ...linkedInTab, url: 'https://www.linkedin.com.evil.example/in/x/' }],
    ['plain http', { ...linkedInTab, url: 'http://www.linkedin.com/in/priya-natarajan/' }],
    ['no address', { tab: { id: 7 } as never, frameId: 0 }],
  ])('refuses them from %s, changing nothing', async (_from, sender) => {
    const before = await snapshot();
    expect(await handle(note, sender)).toEqual({ ok: false, error: expect.stringMatching(/LinkedIn page/) });
    expect(await snapshot()).toBe(before);
  });

  it('takes them from the top frame of www.linkedin.com, the way Firefox says it too', async () => {
    expect(await handle(note, linkedInTab)).toMatchObject({ ok: true });
    // Firefox's sender: the tab, frameId 0, and the frame's address (no origin field).
    const firefox = {
      tab: { id: 9, url: linkedInTab.url } as never,
      frameId: 0,
      url: linkedInTab.url,
      id: 'x',
    };
    expect(await handle(note, firefox)).toMatchObject({ ok: true });
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

  it('the plan (planItems, for the reminders): the next actions, soonest first, with ISO times and words', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview() }, popup);
    const answer = { ok: true, plan: planItems(await readAll(), new Date()) };
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
