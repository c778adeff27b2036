/// <reference types="chrome" />
/**
 * Talking to the rest of the extension with the global `chrome` (Firefox has it too), so the content
 * script carries no polyfill (webextension-polyfill is ~3 KB gzip; the helper's whole budget is 8 KB).
 * Messages are typed from src/messages.ts with `import type` only: no zod here.
 */

import type { ProfileReading } from '../linkedin/reading';
import type { InsertRefusal, Message, Reply, TabMessage } from '../messages';
import type { PageAnswer, TabStatus } from '../replies';

/**
 * What the helper takes from the background's reply to a message of type `T`: the protocol's `Reply`,
 * a `Failure` included (a refused or failed request: storage failing, the page flooding the background).
 */
type Answer<T extends Message['type']> = Reply<T>;

/**
 * Sends a message to the background and answers its reply, or undefined when there is none (the
 * extension was updated or reloaded and this page's script is orphaned: it then simply stays quiet).
 *
 * @example const answer = await ask({ type: 'page/reading', reading }); // PageAnswer | null | undefined
 */
export function ask<M extends Message>(message: M): Promise<Answer<M['type']> | undefined> {
  return new Promise((resolve) => {
    try {
      // The callback form works in Chrome and Firefox alike; reading lastError marks it handled.
      chrome.runtime.sendMessage(message, (answer: Answer<M['type']>) =>
        resolve(chrome.runtime.lastError ? undefined : answer),
      );
    } catch {
      resolve(undefined);
    }
  });
}

/**
 * The background's answer to a reading of the top card: the card's contents, null for no one of the
 * log, undefined when there is no usable answer. A failure counts as no answer: the card shows nothing
 * rather than a refusal read as advice.
 *
 * @example const answer = await askReading(reading); // PageAnswer | null | undefined
 */
export const askReading = (reading: ProfileReading): Promise<PageAnswer | null | undefined> =>
  ask({ type: 'page/reading', reading }).then((answer) => (answer && 'ok' in answer ? undefined : answer));

/** What the popup can ask a tab: its status now, and to fill the open note box (or why not). */
export interface TabAnswers {
  status(): TabStatus;
  insert(text: string): true | InsertRefusal;
}

/**
 * Answers the popup's `tab/…` messages until `signal` aborts; other messages are left for others.
 *
 * @example answerTabs({ status: () => ({ reading: null, noteBox: null }), insert: () => 'closed' }, signal);
 */
export function answerTabs(answers: TabAnswers, signal: AbortSignal): void {
  const listener = (message: TabMessage, _sender: unknown, reply: (answer: unknown) => void) => {
    if (message?.type === 'tab/status') reply(answers.status());
    else if (message?.type === 'tab/insert-note') {
      const done = answers.insert(String(message.text));
      reply(done === true ? { ok: true } : { ok: false, why: done });
    }
  };
  chrome.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(listener), { once: true });
}
