import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { noticesFor, personId, personOf } from '../../src/background/notify';
import type { PlanItem } from '../../src/background/plan';
import { useFakeStore } from '../support/fake-store';
import { interviewWith, onScreen, READY_PROFILE, wakeWorker } from '../support/reminders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore(new Date('2026-03-10T12:00:00.000Z'));

let worker: Awaited<ReturnType<typeof wakeWorker>>;
beforeEach(async () => {
  worker = await wakeWorker();
});

const OPTIONS = 'chrome-extension://test-extension-id/src/options/options.html';

/** The addresses of the tabs opened so far (the fake browser starts with one blank tab). */
const openedTabs = async () =>
  (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter((url) => url !== undefined);

describe('clicking a reminder', () => {
  beforeEach(async () => {
    await worker.ask({ type: 'settings/patch', patch: { profile: READY_PROFILE } });
    await worker.ask({ type: 'interview/put', interview: interviewWith() });
    await worker.settle();
    expect(onScreen().map((notice) => notice.id)).toEqual([personId('iv-1', 'p-1'), personId('iv-1', 'p-2')]);
  });

  it.each([
    {
      who: 'someone with a profile address',
      id: personId('iv-1', 'p-1'),
      opens: 'https://www.linkedin.com/in/priya-natarajan/',
    },
    { who: 'someone without one', id: personId('iv-1', 'p-2'), opens: `${OPTIONS}#follow-ups` },
    { who: 'someone deleted since', id: personId('iv-9', 'p-1'), opens: `${OPTIONS}#follow-ups` },
    { who: 'the summary of many', id: 'connect-coach:due', opens: `${OPTIONS}#follow-ups` },
  ])('about $who opens $opens and takes the reminder down', async ({ id, opens }) => {
    await fakeBrowser.notifications.create(id, { type: 'basic', title: 't', message: 'm', iconUrl: '' });
    await fakeBrowser.notifications.onClicked.trigger(id);
    expect(await openedTabs()).toEqual([opens]);
    expect(onScreen().map((notice) => notice.id)).not.toContain(id);
  });

  it('of another extension’s kind does nothing', async () => {
    await fakeBrowser.notifications.onClicked.trigger('some-other-id');
    expect(await openedTabs()).toEqual([]);
    expect(onScreen()).toHaveLength(2);
  });
});

describe('installing and starting the browser', () => {
  it('opens the welcome page on install, and not on an update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(await openedTabs()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await openedTabs()).toEqual([`${OPTIONS}#welcome`]);
  });

  it.each(['install', 'startup'])('on %s, sets the 15-minute alarm and draws the badge', async (event) => {
    await fakeBrowser.storage.local.set({
      settings: { profile: READY_PROFILE },
      'interview:iv-1': interviewWith({
        interviewers: [{ id: 'p-1', name: 'Priya Natarajan', role: 'recruiter' }],
      }),
    });
    if (event === 'install') await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    else await fakeBrowser.runtime.onStartup.trigger();
    expect(await fakeBrowser.alarms.get('connect-coach-plan')).toMatchObject({ periodInMinutes: 15 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('keeps the periodic alarm’s schedule rather than restarting it', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    const first = await fakeBrowser.alarms.get('connect-coach-plan');
    vi.setSystemTime(new Date('2026-03-10T12:05:00.000Z'));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await fakeBrowser.alarms.get('connect-coach-plan')).toEqual(first);
  });
});

/** A plan item as planItems() answers it. */
const item = (kind: PlanItem['kind'], name: string, reasons = ['A reason in words.']): PlanItem => ({
  interviewId: 'iv-1',
  interviewerId: name,
  name,
  company: 'Contoso Health',
  kind,
  dueAt: '2026-03-10T09:00:00.000Z',
  deadline: null,
  overdue: false,
  verdict: 'send',
  summary: 'Send your request now.',
  reasons,
});

describe('what a reminder says', () => {
  it.each([
    { kind: 'connect', title: 'Connect with Priya Natarajan' },
    { kind: 'nudge', title: 'Send a gentle note to Priya Natarajan' },
    { kind: 'check-in', title: 'Check in with Priya Natarajan' },
    { kind: 'prepare', title: 'Finish your profile, then connect with Priya Natarajan' },
  ] as const)('$kind: "$title", with the first reason as its message', ({ kind, title }) => {
    const [notice] = noticesFor([item(kind, 'Priya Natarajan', ['First reason.', 'Second reason.'])]);
    expect(notice).toMatchObject({ title, message: 'First reason.' });
  });

  it.each([
    { count: 2, expected: ['Connect with A', 'Connect with B'] },
    { count: 3, expected: ['3 follow-ups are due'] },
    { count: 6, expected: ['6 follow-ups are due'] },
  ])('$count due at once: $expected', ({ count, expected }) => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'].slice(0, count);
    expect(noticesFor(names.map((name) => item('connect', name))).map((notice) => notice.title)).toEqual(
      expected,
    );
  });

  it('names a few people in a summary and counts the rest', () => {
    const [notice] = noticesFor(['Ana', 'Ben', 'Cy', 'Di', 'Ana'].map((name) => item('connect', name)));
    expect(notice?.message).toBe('Ana, Ben, Cy and 1 more. Open Connect Coach to see what fits each.');
  });

  it.each([
    ['iv-1', 'p-1'],
    ['an id: with/colons', 'ünïcode:%'],
  ])('reads back the person a notification id names (%s, %s)', (interviewId, interviewerId) => {
    expect(personOf(personId(interviewId, interviewerId))).toEqual({ interviewId, interviewerId });
  });
});
