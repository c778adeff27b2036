/**
 * Helpers for the reminders' tests: the service worker loaded afresh on the in-memory browser, a log of
 * interviewers whose windows open at known times, and what the badge and the notifications show.
 * `@webext-core/fake-browser` keeps action, alarms, notifications and tabs in memory, so nothing is mocked.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { planItems } from '../../src/background/plan';
import type { InterviewInput } from '../../src/core/model';
import type { StoredState } from '../../src/storage/types';
import { READY_PROFILE } from './backup-file';
import { senderFor } from './senders';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Every box of the profile checklist ticked, so an open window means "connect" rather than "prepare". */
export { READY_PROFILE };

/** An interview on Monday 2 March 2026 with Priya (recruiter, window opens a day later) and Avery. */
export function interviewWith(overrides: Partial<InterviewInput> = {}): InterviewInput {
  return {
    id: 'iv-1',
    company: 'Contoso Health',
    role: 'Product Manager',
    at: '2026-03-02T14:00:00Z',
    topics: ['patient onboarding'],
    interviewers: [
      {
        id: 'p-1',
        name: 'Priya Natarajan',
        role: 'recruiter',
        profileUrl: 'https://www.linkedin.com/in/priya-natarajan/',
      },
      { id: 'p-2', name: 'Avery Stone', role: 'executive' },
    ],
    ...overrides,
  };
}

/** A backup file holding `interviews`, as the options page imports it. */
export const backupOf = (interviews: InterviewInput[], settings: object = { profile: READY_PROFILE }) => ({
  format: 'connect-coach-backup',
  version: 1,
  exportedAt: '2026-03-01T10:00:00Z',
  settings,
  interviews,
});

/** Loads the service worker afresh (as the browser does when it wakes it), with its message handler. */
export async function wakeWorker() {
  vi.resetModules();
  await import('../../src/background/index');
  const { handle } = await import('../../src/background/handlers');
  const { refreshReminders } = await import('../../src/background/reminders');
  return {
    ask: (message: unknown) => handle(message, senderFor(message)),
    /** Waits for the reminders to catch up with every write so far. */
    settle: refreshReminders,
  };
}

/** An alarm as the browser reports it when it fires. */
export const alarm = (name: string, at: Date = new Date()) => ({
  name,
  scheduledTime: at.getTime(),
  persistAcrossSessions: false,
});

/** Moves the pinned clock to `at` and fires one of the reminders' alarms, as the browser would then. */
export async function fireAlarmAt(at: Date, name = 'connect-coach-next'): Promise<void> {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.onAlarm.trigger(alarm(name, at));
}

/** The notifications on screen, with what each says. */
export function onScreen(): { id: string; title?: string; message?: string }[] {
  return Object.entries(fakeBrowser.notifications.getAllCreateOptions()).map(([id, options]) => ({
    id,
    title: options.title,
    message: options.message,
  }));
}

/** The toolbar badge's text and the button's title. */
export async function badge(): Promise<{ text: string; title: string }> {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

/** What the plan says of one interviewer now: kind, due time (as a Date) and reasons. */
export async function planned(ask: (message: unknown) => Promise<unknown>, interviewerId: string) {
  const plan = planItems((await ask({ type: 'state/get' })) as StoredState, new Date());
  const item = plan.find((candidate) => candidate.interviewerId === interviewerId);
  if (!item) throw new Error(`${interviewerId} has nothing planned`);
  return { ...item, dueAt: new Date(item.dueAt) };
}
