/**
 * The service worker: the single writer of the log. MV3 may start it just to deliver one event, so every
 * listener is registered synchronously at the top level, before any await.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../storage/browser';
import { prepareStore } from '../storage/store';
import { handle } from './handlers';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handle(message, sender),
);

// Migrate on install or update rather than at the first read; a failure is retried lazily by that read.
// Returning the promise keeps the worker alive until the migration is written.
browser.runtime.onInstalled.addListener(({ reason }) =>
  prepareStore(reason).catch((error: unknown) =>
    console.error('Connect Coach could not prepare its storage:', error),
  ),
);
