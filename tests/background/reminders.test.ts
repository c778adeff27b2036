import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { personId } from '../../src/background/notify';
import { useFakeStore } from '../support/fake-store';
import {
  alarm,
  backupOf,
  badge,
  DAY,
  fireAlarmAt,
  HOUR,
  interviewWith,
  onScreen,
  planned,
  READY_PROFILE,
  wakeWorker,
} from '../support/reminders';

/** A wait's limit is for a hang, not for speed (see tests/support/setup.ts). */

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
/** Tuesday 3 March 2026, early: the morning after the interview, before Priya's window opens. */
const MORNING_AFTER = new Date('2026-03-03T08:00:00.000Z');
useFakeStore(MORNING_AFTER);

let worker: Awaited<ReturnType<typeof wakeWorker>>;
beforeEach(async () => {
  worker = await wakeWorker();
});

/** The log of interviewWith(), with the profile checklist done. */
async function logPriyaAndAvery(settings: object = {}) {
  await worker.ask({ type: 'settings/patch', patch: { profile: READY_PROFILE, ...settings } });
  await worker.ask({ type: 'interview/put', interview: interviewWith() });
  await worker.settle();
}

describe('the badge counts the follow-ups that are due', () => {
  it('is empty while nothing is due, and says so in the title', async () => {
    await logPriyaAndAvery();
    expect(await badge()).toEqual({ text: '', title: 'Connect Coach' });
  });

  it('follows each change of the log without being asked', async () => {
    vi.setSystemTime(new Date('2026-03-10T12:00:00Z'));
    await worker.ask({ type: 'interview/put', interview: interviewWith() });
    await vi.waitFor(async () => expect((await badge()).text).toBe('2'));
    await worker.ask({ type: 'interview/delete', id: 'iv-1' });
    await vi.waitFor(async () => expect((await badge()).text).toBe(''));
  });

  it.each([
    {
      when: 'once Priya’s window has opened',
      after: 'p-1',
      text: '1',
      title: 'Connect Coach — 1 follow-up due',
    },
    {
      when: 'once Avery’s has opened too',
      after: 'p-2',
      text: '2',
      title: 'Connect Coach — 2 follow-ups due',
    },
  ])('shows $text $when', async ({ after, text, title }) => {
    await logPriyaAndAvery();
    await fireAlarmAt((await planned(worker.ask, after)).dueAt);
    expect(await badge()).toEqual({ text, title });
    // A calm blue, not the browser's default grey or an alarming red.
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([11, 92, 173, 255]);
  });
});

describe('a follow-up that becomes due is notified once', () => {
  it('schedules an alarm for the due time, then notifies when it fires, and never again', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await logPriyaAndAvery();
    const priya = await planned(worker.ask, 'p-1');
    expect(onScreen()).toEqual([]);
    expect((await fakeBrowser.alarms.get('connect-coach-next'))?.scheduledTime).toBe(priya.dueAt.getTime());

    await fireAlarmAt(priya.dueAt);
    const { reasons } = await planned(worker.ask, 'p-1');
    expect(onScreen()).toEqual([
      { id: personId('iv-1', 'p-1'), title: 'Connect with Priya Natarajan', message: reasons[0] },
    ]);

    await worker.settle();
    await worker.settle();
    await fireAlarmAt(new Date(priya.dueAt.getTime() + HOUR), 'connect-coach-plan');
    await fakeBrowser.notifications.clear(personId('iv-1', 'p-1')); // dismissed
    await fireAlarmAt(new Date(priya.dueAt.getTime() + DAY), 'connect-coach-plan');
    expect(create).toHaveBeenCalledTimes(1);
    expect(onScreen()).toEqual([]);
  });

  it('notifies again for a new due time of the same person: a check-in once they accept', async () => {
    await logPriyaAndAvery();
    await fireAlarmAt((await planned(worker.ask, 'p-1')).dueAt);
    vi.setSystemTime(new Date('2026-03-05T10:00:00Z'));
    const accepted = { state: 'accepted', at: '2026-03-05T10:00:00Z' };
    await worker.ask({
      type: 'interviewer/patch',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      patch: { invite: accepted },
    });
    await worker.settle();
    expect(onScreen()).toEqual([expect.objectContaining({ title: 'Check in with Priya Natarajan' })]);
  });

  it('takes a reminder down once it no longer applies: the invitation went out', async () => {
    await logPriyaAndAvery();
    await fireAlarmAt((await planned(worker.ask, 'p-1')).dueAt);
    expect(onScreen()).toEqual([expect.objectContaining({ id: personId('iv-1', 'p-1') })]);
    await worker.ask({
      type: 'interviewer/patch',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      patch: { invite: { state: 'sent', at: new Date().toISOString() } },
    });
    await worker.settle();
    expect(onScreen()).toEqual([]);
  });

  it('gives one summary instead of a flood when an old log is imported', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(new Date('2026-03-20T12:00:00Z'));
    const second = interviewWith({
      id: 'iv-2',
      company: 'Globex',
      interviewers: [{ id: 'g-1', name: 'Jordan Reyes', role: 'panel' }],
    });
    const old = backupOf([interviewWith(), second]);
    expect(await worker.ask({ type: 'backup/import', backup: old, mode: 'replace' })).toEqual({ ok: true });
    await worker.settle();
    expect(onScreen()).toEqual([
      {
        id: 'connect-coach:due',
        title: '3 follow-ups are due',
        message: 'Priya Natarajan, Avery Stone and Jordan Reyes. Open Connect Coach to see what fits each.',
      },
    ]);
    expect(await badge()).toMatchObject({ text: '3' });

    await worker.ask({ type: 'backup/import', backup: old, mode: 'replace' });
    await worker.settle();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('notifies once even when writes, alarms and a restart-time refresh all arrive together', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(new Date('2026-03-04T12:00:00Z'));
    await Promise.all([
      worker.ask({ type: 'interview/put', interview: interviewWith() }),
      worker.ask({ type: 'settings/patch', patch: { profile: READY_PROFILE } }),
      fakeBrowser.alarms.onAlarm.trigger(alarm('connect-coach-plan')),
      fakeBrowser.runtime.onStartup.trigger(),
      worker.settle(),
    ]);
    await worker.settle();
    expect(create).toHaveBeenCalledTimes(1);
    expect(onScreen()).toHaveLength(1);
  });

  it('stays quiet when storage cannot record the reminder, rather than repeating it every 15 minutes', async () => {
    await logPriyaAndAvery();
    const { dueAt } = await planned(worker.ask, 'p-1');
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fireAlarmAt(dueAt);
    expect(onScreen()).toEqual([]);
    expect(logged).toHaveBeenCalledWith('Connect Coach reminders:', expect.any(Error));
    expect((await badge()).text).toBe('1');

    set.mockRestore();
    await fireAlarmAt(new Date(dueAt.getTime() + 15 * 60_000), 'connect-coach-plan');
    expect(onScreen()).toEqual([expect.objectContaining({ title: 'Connect with Priya Natarajan' })]);
  });
});

describe('with reminders switched off', () => {
  it('shows no badge and no notification', async () => {
    await logPriyaAndAvery({ reminders: false });
    await fireAlarmAt(new Date('2026-03-10T12:00:00Z'));
    expect(await badge()).toEqual({ text: '', title: 'Connect Coach' });
    expect(onScreen()).toEqual([]);
  });

  it('takes down the notifications already on screen', async () => {
    await logPriyaAndAvery();
    await fireAlarmAt((await planned(worker.ask, 'p-1')).dueAt);
    expect(onScreen()).toHaveLength(1);
    await worker.ask({ type: 'settings/patch', patch: { reminders: false } });
    await worker.settle();
    expect(onScreen()).toEqual([]);
    expect((await badge()).text).toBe('');
  });

  it('switched back on, counts again but does not notify what fell due meanwhile; later ones it does', async () => {
    await logPriyaAndAvery({ reminders: false });
    await fireAlarmAt((await planned(worker.ask, 'p-1')).dueAt);
    await worker.ask({ type: 'settings/patch', patch: { reminders: true } });
    await worker.settle();
    expect(await badge()).toMatchObject({ text: '1' });
    expect(onScreen()).toEqual([]);

    await fireAlarmAt((await planned(worker.ask, 'p-2')).dueAt);
    expect(onScreen()).toEqual([expect.objectContaining({ title: 'Connect with Avery Stone' })]);
  });
});
