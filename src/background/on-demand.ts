/**
 * The background's side of "always-on eyes, hands on demand" (DESIGN.md "Architecture"): each visit the
 * always-on script reports is answered with what it needs, injecting the helper first when it needs
 * one; the popup can ensure its answers in a tab (tab.js, so its `tab/status` always has an answer) and
 * ask for the page report. `page/*` messages are taken only from the top frame of a tab on www.linkedin.com.
 */
import type { Runtime } from 'webextension-polyfill';
import type { VisitAnswer } from '../content/seam';
import { profileSlug } from '../linkedin/url';
import type { Message } from '../messages';
import { readAll } from '../storage/store';
import { BAR_FILE, ensureHelper, ensureTabAnswers, injectInto, OWN_FILE, reportOf } from './inject';
import { visitAnswer } from './page';

type On<T extends Message['type']> = (
  message: Extract<Message, { type: T }>,
  raw: unknown,
  sender: Runtime.MessageSender,
) => Promise<unknown>;

/** Refused `page/*` messages: from another site, a frame inside the page, or no tab at all. */
export const NOT_LINKEDIN = { ok: false, error: 'Only a LinkedIn page can say what it shows.' } as const;

/**
 * Whether a message comes from the top frame of a tab showing https://www.linkedin.com/ (Chrome and
 * Firefox both give the tab, the frame id and the frame's address).
 *
 * @example fromLinkedInTop({ tab: { id: 3 }, frameId: 0, url: 'https://www.linkedin.com/in/x/' }) // true
 */
export function fromLinkedInTop(sender: Runtime.MessageSender): boolean {
  const { tab, frameId, url } = sender;
  // The browser gives the frame's address normalised: after the host comes '/', never ':443' or '.evil'.
  return (
    tab?.id !== undefined && tab.id >= 0 && frameId === 0 && !!url?.startsWith('https://www.linkedin.com/')
  );
}

/** The slug of the sender's page: one's own profile, when the page says it is. */
export const senderSlug = (sender: Runtime.MessageSender): string | undefined =>
  (sender.url && profileSlug(sender.url)) || undefined;

const NONE: VisitAnswer = { mode: 'none', name: null };

const visit: On<'page/visit'> = async ({ slug, title }, _raw, sender) => {
  const answer = visitAnswer(await readAll(), slug, title);
  if (answer.mode === 'none') return answer;
  const tabId = sender.tab?.id ?? -1;
  // One's own profile needs only the checklist's reader, not the helper.
  if (answer.mode === 'own') return (await injectInto(tabId, OWN_FILE)) ? answer : NONE;
  return (await ensureHelper(tabId, (sender as { documentId?: string }).documentId)) ? answer : NONE;
};

const CANT = { ok: false, error: 'Connect Coach can’t read this page. Reload it and try again.' } as const;

/** The helper read this page as the person's own (their slug not saved yet): read its checklist. */
const own: On<'page/own'> = async (_message, _raw, sender) =>
  (await injectInto(sender.tab?.id ?? -1, OWN_FILE)) ? { ok: true } : CANT;

/** This visit's person has their invitation dialog open: the helper's bar comes in its own bundle. */
const bar: On<'page/bar'> = async (_message, _raw, sender) =>
  (await injectInto(sender.tab?.id ?? -1, BAR_FILE)) ? { ok: true } : CANT;

const prepare: On<'tab/prepare'> = async ({ tabId }) =>
  (await ensureTabAnswers(tabId))
    ? { ok: true }
    : { ok: false, error: 'Connect Coach can’t read this page. Reload it and try again.' };

const report: On<'tab/report'> = ({ tabId }) => reportOf(tabId);

/** The handlers for the messages of src/messages.ts's on-demand block. */
export const onDemandHandlers = {
  'page/visit': visit,
  'page/own': own,
  'page/bar': bar,
  'tab/prepare': prepare,
  'tab/report': report,
};
