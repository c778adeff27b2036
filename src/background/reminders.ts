/**
 * Reminders: after every change of the log, on an alarm every 15 minutes and at the next follow-up's due
 * time, the plan is recomputed; the badge shows how many follow-ups are due and each one that has just
 * become due is notified once.
 *
 * Once means once per follow-up and due time (`notifiedKey`): the key is recorded before the notification
 * is shown, and recomputes run one at a time, so two of them never both notify. A new due time for the
 * same person (say, a check-in after they accepted) is a new reminder.
 *
 * With reminders switched off there is no badge and no notification, and what falls due meanwhile is
 * recorded silently, so switching them back on does not bring a burst of old news.
 */
import { actionableNow } from '../core/rules/hold';
import { browser } from '../storage/browser';
import { markNotified, notified, notifiedKey } from '../storage/notified';
import { readAll } from '../storage/store';
import { showDue } from './badge';
import { clearAll, clearStale, noticeId, noticesFor, show } from './notify';
import { type PlanItem, planItems } from './plan';

/** Recomputes the plan every 15 minutes, for what the passing of time alone changes (a nudge after a week). */
export const PLAN_ALARM = 'connect-coach-plan';
/** Fires at the next follow-up's due time, so its reminder comes on time. */
export const NEXT_ALARM = 'connect-coach-next';

const keyOf = (item: PlanItem): string => notifiedKey({ ...item, dueAt: new Date(item.dueAt) });

/** The periodic alarm, made only when absent: making it again would restart its period. */
async function keepPeriodicAlarm(): Promise<void> {
  if (!(await browser.alarms.get(PLAN_ALARM))) {
    await browser.alarms.create(PLAN_ALARM, { periodInMinutes: 15 });
  }
}

/** An alarm at the soonest due time still ahead (the plan is sorted soonest first), or none. */
async function alarmAtNext(plan: readonly PlanItem[], now: Date): Promise<void> {
  const next = plan.find((item) => Date.parse(item.dueAt) > now.getTime());
  if (next) await browser.alarms.create(NEXT_ALARM, { when: Date.parse(next.dueAt) });
  else await browser.alarms.clear(NEXT_ALARM);
}

/** Records the newly due follow-ups, then notifies them when reminders are on. */
async function notifyFresh(due: readonly PlanItem[], on: boolean): Promise<void> {
  const seen = await notified();
  const fresh = due.filter((item) => !(keyOf(item) in seen));
  if (fresh.length === 0) return;
  // Recorded first: if storage refuses, better no notification than the same one every 15 minutes.
  await markNotified(fresh.map(keyOf));
  if (on) await show(noticesFor(fresh));
}

async function recompute(now: Date): Promise<void> {
  const state = await readAll();
  const plan = planItems(state, now);
  const due = actionableNow(plan, now);
  const on = state.settings.reminders;
  await keepPeriodicAlarm();
  await alarmAtNext(plan, now);
  await showDue(on ? due.length : 0);
  if (!on) await clearAll();
  else await clearStale(new Set(due.map(noticeId)));
  // A log written by a newer version can't record what was notified: stay quiet rather than repeat.
  if (!state.readOnly) await notifyFresh(due, on);
}

let running: Promise<void> = Promise.resolve();
let queued: Promise<void> | null = null;

/**
 * Recomputes the reminders once the one in progress (if any) has finished. Calls made while one is
 * waiting to start share it: a burst of writes costs one more recompute, not one each.
 *
 * @example await refreshReminders();
 */
export function refreshReminders(): Promise<void> {
  if (queued) return queued;
  const next = running.then(() => {
    queued = null;
    return recompute(new Date());
  });
  queued = next;
  running = next.catch(() => undefined);
  return next;
}

/** The writer's hook (see commit.ts): called after each write that changed the log. */
export const onLogChanged = refreshReminders;

/**
 * An alarm fired: ours recompute, others are not ours to handle.
 *
 * @example browser.alarms.onAlarm.addListener(onAlarm);
 */
export function onAlarm(alarm: { name: string }): Promise<void> | undefined {
  if (alarm.name !== PLAN_ALARM && alarm.name !== NEXT_ALARM) return undefined;
  return refreshReminders().catch((error: unknown) => console.error('Connect Coach reminders:', error));
}
