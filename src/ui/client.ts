/// <reference types="chrome" />
/**
 * The one way the popup and the options page talk to the rest of the extension: typed requests to the
 * background (`ask`) and to a tab's content script (`askTab`), over `chrome.*` directly. Chromium and
 * Firefox MV3 both offer promise-returning `chrome.runtime.sendMessage` / `chrome.tabs.sendMessage`,
 * so no polyfill is loaded. Nothing here throws: a silent or missing receiver becomes a `Failure` (or
 * `null` for a tab), which the pages turn into a calm sentence.
 */
import type { Interview, Settings } from '../core/model';
import type { Failure, InsertReply, Message, TabMessage, TabStatus } from '../messages';
import { isFailure } from '../replies';
import type { LinkedInCheck } from '../storage/check';

/** A record the background could not read and kept aside (never deleted). */
export interface QuarantinedRecord {
  key: string;
  reason: string;
  at: string;
}

/** An interview as stored, with its revision: what a page's change to it says it was based on. */
export type StoredInterview = Interview & { revision: number };

export interface StateReply {
  ok: true;
  settings: Settings;
  /** Oldest interview first. */
  interviews: StoredInterview[];
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

/** A change refused because the interview changed elsewhere meanwhile: what is stored now, and why. */
export type Conflicted = Refusal & {
  conflict: {
    current: StoredInterview | null;
    conflicts: { field: string; yours: string; theirs: string }[];
  };
};

/** What each background message answers; messages not listed answer `Ok | Failure`. */
interface Replies {
  'state/get': StateReply | Failure;
  'interview/put': { ok: true; interview: StoredInterview } | Refusal | Conflicted;
  'interview/delete': { ok: true; deleted: StoredInterview | null } | Failure;
  'interviewer/patch': Ok | Refusal;
  'settings/patch': Ok | Refusal;
  'check/get': { ok: true; check: LinkedInCheck } | Failure;
  'tab/report': { ok: true; report: string } | Failure;
}
export type ReplyTo<T extends Message['type']> = T extends keyof Replies ? Replies[T] : Ok | Failure;

/** What each content-script message answers. */
interface TabReplies {
  'tab/status': TabStatus;
  'tab/insert-note': InsertReply;
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
    if (reply && typeof reply === 'object' && typeof (reply as { ok?: unknown }).ok === 'boolean') {
      // A failure always carries a sentence to show, even from a background that forgot one.
      if (isFailure(reply) && typeof reply.error !== 'string') return failure(SILENT);
      return reply as ReplyTo<M['type']>;
    }
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
    // A failure reply is no status: the popup then reads the tab's address alone.
    // …except Insert's refusal, which says why nothing went in.
    const refusal = message.type === 'tab/insert-note' && isFailure(reply) && 'why' in reply;
    if (!reply || typeof reply !== 'object' || (isFailure(reply) && !refusal)) return null;
    if (message.type === 'tab/status' && !('reading' in reply)) return null;
    return reply as TabReplies[M['type']];
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
export function openOptions(route?: string): void {
  if (!route) {
    chrome.runtime.openOptionsPage().catch(() => undefined);
    return;
  }
  // openOptionsPage() takes no route: open the page at its hash in a tab instead.
  const url = chrome.runtime.getURL(`src/options/options.html#${route}`);
  chrome.tabs.create({ url }).catch(() => undefined);
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
