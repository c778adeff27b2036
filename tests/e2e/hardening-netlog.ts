/**
 * Reading Chromium's net log (`--log-net-log=<file> --net-log-capture-mode=Default`): every request the
 * whole browser made or tried, from any process, and every host name it looked up. A request Playwright
 * intercepted (fulfilled or aborted) is still logged, as a URL_REQUEST source with a CORS_REQUEST event
 * naming its URL; one that went out also has REQUEST_ALIVE and URL_REQUEST_START_JOB (with its initiator).
 */
import { readFileSync } from 'node:fs';

interface NetLog {
  constants: { logEventTypes: Record<string, number>; logSourceType: Record<string, number> };
  events: { type: number; source: { id: number; type: number }; params?: Record<string, unknown> }[];
}

export interface LoggedRequest {
  url: string;
  /** The requesting origin as Chromium logged it ('not an origin' for the browser's own requests). */
  initiator: string | null;
  /** Every parameter logged for the request, as text (to find an extension's origin in its headers). */
  detail: string;
}

/** The log as written; a browser that did not shut down cleanly leaves the event list unclosed. */
function parse(text: string): NetLog {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`);
  }
}

/**
 * Every URL request in the log, one entry per request, and every host name looked up.
 *
 * @example const { requests, hosts } = readNetLog('/tmp/net.json')
 */
export function readNetLog(file: string): { requests: LoggedRequest[]; hosts: string[] } {
  const log = parse(readFileSync(file, 'utf8'));
  const eventName = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
  const URL_REQUEST = log.constants.logSourceType.URL_REQUEST;
  const bySource = new Map<number, LoggedRequest>();
  const hosts = new Set<string>();
  for (const event of log.events) {
    const params = event.params ?? {};
    const name = eventName.get(event.type) ?? '';
    if (name.startsWith('HOST_RESOLVER') && typeof params.host === 'string') hosts.add(params.host);
    if (event.source.type !== URL_REQUEST) continue;
    const request = bySource.get(event.source.id) ?? { url: '', initiator: null, detail: '' };
    if (typeof params.url === 'string' && !request.url) request.url = params.url;
    if (typeof params.initiator === 'string') request.initiator = params.initiator;
    request.detail += JSON.stringify(params);
    bySource.set(event.source.id, request);
  }
  return { requests: [...bySource.values()].filter((request) => request.url), hosts: [...hosts] };
}

/** Requests over the network's own schemes: what would leave the machine. */
export const isNetwork = (url: string): boolean => /^(https?|wss?):/i.test(url);

/**
 * Chromium's own traffic that --disable-background-networking and --disable-component-update leave on,
 * seen in this browser's net log whether or not the extension is loaded; each rule is one exact kind.
 */
export function browsersOwn({ url, initiator }: LoggedRequest): boolean {
  // The tab icon of a LinkedIn page, asked of the site by the browser for the tab strip (Playwright
  // aborts it, so it never goes out and has no initiator in the log).
  if (url === 'https://www.linkedin.com/favicon.ico') return true;
  // The rest are the browser's own requests: they went out with initiator "not an origin", which no page
  // and no extension has.
  return (
    initiator === 'not an origin' &&
    // The sign-in manager asking Google which accounts are signed in (Gaia ListAccounts), at startup.
    (url ===
      'https://accounts.google.com/ListAccounts?gpsia=1&source=ChromiumBrowser&json=standard&laf=b64bin' ||
      // The extension and component updater's check (Omaha protocol, over https and its http fallback).
      /^https?:\/\/update\.googleapis\.com\/service\/update2\/json\?cup2key=[^&]+&cup2hreq=[0-9a-f]+$/.test(
        url,
      ) ||
      // Chromium's autofill asking Google's server which kind each field is, for a page with a text field
      // and several selects (the welcome's name and checklist): the browser's, sent whatever the page.
      /^https:\/\/content-autofill\.googleapis\.com\/v1\/pages\/[\w-]+\?alt=proto$/.test(url) ||
      // The browser's Google Cloud Messaging check-in (its push channel), seen now and then with Debian's
      // Chromium 150 (2026-12-02), whether or not the page or the extension did anything.
      url === 'https://android.clients.google.com/checkin')
  );
}

/** The host names those requests look up (and LinkedIn's, for the served pages). */
export const ALLOWED_LOOKUPS = [
  'https://www.linkedin.com',
  'https://accounts.google.com',
  'https://update.googleapis.com',
  'http://update.googleapis.com',
  'https://content-autofill.googleapis.com',
  'https://android.clients.google.com',
];
