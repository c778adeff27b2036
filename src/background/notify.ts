/**
 * The reminders' notifications: what they say, and what clicking one opens. A notification's id names the
 * person it speaks of, so a click finds them in the log even after the service worker has restarted.
 */
import { FOLLOW_UP_ACTION } from '../core/verdicts';
import { browser } from '../storage/browser';
import { readAll } from '../storage/store';
import type { PlanItem } from './plan';

const PREFIX = 'connect-coach:';
/** The one summary notification; a newer summary replaces it. */
export const SUMMARY_ID = `${PREFIX}due`;
/** Up to this many follow-ups due at once get one notification each; more get a single summary. */
export const MAX_SEPARATE = 2;

/**
 * The id of one person's notification: a newer reminder about the same person replaces the older one.
 *
 * @example personId('iv-1', 'p-1') // 'connect-coach:person:iv-1:p-1'
 */
export const personId = (interviewId: string, interviewerId: string): string =>
  `${PREFIX}person:${encodeURIComponent(interviewId)}:${encodeURIComponent(interviewerId)}`;

/**
 * The id of one follow-up's notification: the person's, or for a thank-you email one of its own, so the
 * email's reminder and a LinkedIn one about the same person never replace each other. A click on the
 * email's opens the follow-ups page, where the draft is.
 *
 * @example noticeId({ interviewId: 'iv-1', interviewerId: 'p-1', kind: 'thank-you-email' }) // 'connect-coach:email:iv-1:p-1'
 */
export const noticeId = (item: Pick<PlanItem, 'interviewId' | 'interviewerId' | 'kind'>): string =>
  item.kind === 'thank-you-email'
    ? `${PREFIX}email:${encodeURIComponent(item.interviewId)}:${encodeURIComponent(item.interviewerId)}`
    : personId(item.interviewId, item.interviewerId);

/** One follow-up's notification (a person's or an email's), not the summary nor anyone else's. */
const isFollowUpNotice = (id: string): boolean => personOf(id) !== null || id.startsWith(`${PREFIX}email:`);

/** The interview and interviewer a notification id names, or null for the summary and anything else. */
export function personOf(id: string): { interviewId: string; interviewerId: string } | null {
  const match = /^connect-coach:person:([^:]+):([^:]+)$/.exec(id);
  if (!match?.[1] || !match[2]) return null;
  try {
    return { interviewId: decodeURIComponent(match[1]), interviewerId: decodeURIComponent(match[2]) };
  } catch {
    return null;
  }
}

export interface Notice {
  id: string;
  title: string;
  message: string;
}

/** "Priya Natarajan", "Priya Natarajan and Tomás Ruiz", "A, B, C and 2 more". */
function names(items: readonly PlanItem[]): string {
  const all = [...new Set(items.map((item) => item.name.trim() || 'someone you met'))];
  const shown = all.length > 3 ? [...all.slice(0, 3), `${all.length - 3} more`] : all;
  return shown.length === 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * What to show for the follow-ups that just became due: one notification each while they are few, one
 * summary when many fall due at once (a first run, or an import of an old log), never a flood.
 *
 * @example
 * noticesFor([priyaConnect]) // [{ id: 'connect-coach:person:iv-1:p-1', title: 'Time to connect with Priya Natarajan', message: '…' }]
 */
export function noticesFor(fresh: readonly PlanItem[]): Notice[] {
  if (fresh.length > MAX_SEPARATE) {
    return [
      {
        id: SUMMARY_ID,
        title: `${fresh.length} follow-ups are due`,
        message: `${names(fresh)}. Open Connect Coach to see what fits each.`,
      },
    ];
  }
  return fresh.map((item) => ({
    id: noticeId(item),
    title: `${FOLLOW_UP_ACTION[item.kind]} ${item.name.trim() || 'someone you met'}`,
    message: item.reasons[0] ?? item.summary,
  }));
}

/** Shows each notice; one the system refuses does not stop the others. */
export async function show(notices: readonly Notice[]): Promise<void> {
  const iconUrl = browser.runtime.getURL('icons/icon-128.png');
  for (const { id, title, message } of notices) {
    await browser.notifications
      .create(id, { type: 'basic', iconUrl, title, message })
      .catch((error: unknown) => console.error('Connect Coach could not show a reminder:', error));
  }
}

/** Takes down every notification of ours (reminders were switched off). */
export async function clearAll(): Promise<void> {
  const shown = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(shown)
      .filter((id) => id.startsWith(PREFIX))
      .map((id) => browser.notifications.clear(id)),
  );
}

/**
 * Takes down the follow-up notifications that are no longer due (sent, done, or deleted): a reminder
 * that no longer applies should not linger.
 *
 * @example await clearStale(new Set([personId('iv-1', 'p-1')])) // keeps only Priya's
 */
export async function clearStale(dueIds: ReadonlySet<string>): Promise<void> {
  const shown = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(shown)
      .filter((id) => isFollowUpNotice(id) && !dueIds.has(id))
      .map((id) => browser.notifications.clear(id)),
  );
}

/**
 * Opens `url` in a new tab and brings its window forward; a new window when none is open (the browser
 * may be running with no window at all).
 */
export async function openTab(url: string): Promise<void> {
  try {
    const tab = await browser.tabs.create({ url });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } catch {
    await browser.windows.create({ url, focused: true });
  }
}

/**
 * A click on one of our notifications: the person's LinkedIn profile, or the options page's follow-ups
 * when there is no profile address (or for the summary). Then the notification goes away.
 *
 * @example browser.notifications.onClicked.addListener(openFromNotification);
 */
export async function openFromNotification(id: string): Promise<void> {
  if (!id.startsWith(PREFIX)) return;
  const who = personOf(id);
  let url = browser.runtime.getURL('src/options/options.html#follow-ups');
  if (who) {
    const { interviews } = await readAll();
    const interview = interviews.find((candidate) => candidate.id === who.interviewId);
    const person = interview?.interviewers.find((candidate) => candidate.id === who.interviewerId);
    if (person?.profileUrl) url = person.profileUrl;
  }
  await openTab(url);
  await browser.notifications.clear(id);
}
