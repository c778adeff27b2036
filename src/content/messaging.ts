/// <reference types="chrome" />
/**
 * Talking to the rest of the extension with the global `chrome` (Firefox has it too), so the content
 * script carries no polyfill. Messages are typed from src/messages.ts with `import type` only: no zod here.
 */
import type { InsertRefusal, Message, TabMessage, TabStatus } from '../messages';

/**
 * Sends a message to the background and answers its reply, or undefined when there is none (the
 * extension was updated or reloaded and this page's script is orphaned: it then simply stays quiet).
 *
 * @example const answer = await ask<PageAnswer | null>({ type: 'page/reading', reading });
 */
export function ask<T>(message: Message): Promise<T | undefined> {
  return new Promise((resolve) => {
    try {
      // The callback form works in Chrome and Firefox alike; reading lastError marks it handled.
      chrome.runtime.sendMessage(message, (answer: T) =>
        resolve(chrome.runtime.lastError ? undefined : answer),
      );
    } catch {
      resolve(undefined);
    }
  });
}

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
