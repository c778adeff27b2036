/// <reference types="chrome" />
/**
 * The one way the popup and the options page talk to the rest of the extension: typed requests to the
 * background (`ask`) and to a tab's content script (`askTab`), over `chrome.*` directly. Chromium and
 * Firefox MV3 both offer promise-returning `chrome.runtime.sendMessage` / `chrome.tabs.sendMessage`,
 * so no polyfill is loaded. Nothing here throws: a silent or missing receiver becomes a `Failure` (or
 * `null` for a tab), which the pages turn into a calm sentence.
 */
import type { Interview, Settings } from '../core/model';
import type { Failure, Message, TabMessage, TabStatus } from '../messages';
import type { LinkedInCheck } from '../storage/check';

/** A record the background could not read and kept aside (never deleted). */
export interface QuarantinedRecord {
  key: string;
  reason: string;
  at: string;
}

export interface StateReply {
  ok: true;
  settings: Settings;
  /** Oldest interview first. */
  interviews: Interview[];
  quarantine: QuarantinedRecord[];
  /** Sentences about records this read set aside, for the person. */
  problems?: string[];
  /** True when the data was written by a newer version: nothing can be changed until an update. */
  readOnly?: boolean;
}

/** One problem with a record the background refused, e.g. `{ path: 'interviewers.0.name', message }`. */
export interface Issue {
  path: string | (string | number)[];
  message: string;
}

export type Ok = { ok: true };
export type Refusal = Failure & { issues?: Issue[] };

/** What each background message answers; messages not listed answer `Ok | Failure`. */
interface Replies {
  'state/get': StateReply | Failure;
  'interview/put': Ok | Refusal;
  'interviewer/patch': Ok | Refusal;
  'settings/patch': Ok | Refusal;
  'check/get': { ok: true; check: LinkedInCheck } | Failure;
  'tab/report': { ok: true; report: string } | Failure;
}
export type ReplyTo<T extends Message['type']> = T extends keyof Replies ? Replies[T] : Ok | Failure;

/** What each content-script message answers. */
interface TabReplies {
  'tab/status': TabStatus;
  'tab/insert-note': { ok: boolean };
}

/** How long to wait for an answer: a waking service worker takes well under a second. */
const TIMEOUT_MS = 4000;
const SILENT = 'Connect Coach’s background did not answer.';

/**
 * Sends a message to the background and answers its reply, or a `Failure` when nobody answered.
 *
 * @example
 * const state = await ask({ type: 'state/get' });
 * if (state.ok) console.log(state.interviews.length);
 */
export async function ask<M extends Message>(message: M): Promise<ReplyTo<M['type']>> {
  const failure = (error: string) => ({ ok: false, error }) as ReplyTo<M['type']>;
  try {
    const reply = await withTimeout(chrome.runtime.sendMessage(message));
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as ReplyTo<M['type']>;
    return failure(SILENT);
  } catch {
    return failure(SILENT);
  }
}

/**
 * Sends a message to a tab's content script; `null` when the tab has none (not a LinkedIn page, a page
 * loaded before the extension, a closed tab) or it did not answer.
 *
 * @example
 * const status = await askTab(tabId, { type: 'tab/status' }); // → { reading, noteBox } | null
 */
export async function askTab<M extends TabMessage>(
  tabId: number,
  message: M,
): Promise<TabReplies[M['type']] | null> {
  try {
    const reply = await withTimeout(chrome.tabs.sendMessage(tabId, message));
    return reply && typeof reply === 'object' ? (reply as TabReplies[M['type']]) : null;
  } catch {
    return null;
  }
}

/** The tab a page speaks of and its address (the address is known only for LinkedIn tabs). */
export interface TabRef {
  id: number;
  url: string | null;
}

/**
 * The tab named by `?tab=<id>` in `search`, else the active tab of the current window; `null` when neither
 * exists (e.g. the popup was opened with no window focused).
 *
 * @example
 * await findTab('?tab=42') // → { id: 42, url: 'https://www.linkedin.com/in/priya-natarajan/' }
 */
export async function findTab(search: string): Promise<TabRef | null> {
  const wanted = Number(new URLSearchParams(search).get('tab'));
  try {
    const tab =
      Number.isInteger(wanted) && wanted > 0
        ? await chrome.tabs.get(wanted)
        : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  } catch {
    return null;
  }
}

/** Opens the options page (in its own tab, as the manifest asks). */
export function openOptions(): void {
  chrome.runtime.openOptionsPage().catch(() => undefined);
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
