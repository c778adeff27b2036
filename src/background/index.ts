/**
 * The service worker: the single writer of the log. MV3 may start it just to deliver one event, so every
 * listener is registered synchronously at the top level, before any await.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../browser';
import { prepareStore } from '../storage/store';
import { handle } from './handlers';
import { injectOpenTabs } from './inject';
import { openFromNotification, openTab } from './notify';
import { onAlarm, refreshReminders } from './reminders';
import { limitStorageToTrusted } from './senders';

const WELCOME = 'src/options/options.html#welcome';

const logFailure = (what: string) => (error: unknown) => console.error(`Connect Coach ${what}:`, error);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handle(message, sender),
);

// Migrate on install or update rather than at the first read; a failure is retried lazily by that read.
// Returning the promise keeps the worker alive until the migration is written and the badge is drawn.
browser.runtime.onInstalled.addListener(({ reason }) => {
  const welcome = reason === 'install' ? openTab(browser.runtime.getURL(WELCOME)) : Promise.resolve();
  const store = prepareStore(reason)
    .catch(logFailure('could not prepare its storage'))
    .then(refreshReminders)
    .catch(logFailure('reminders'));
  // LinkedIn tabs already open get the always-on script now: no reload needed (an orphaned copy stops).
  const eyes = injectOpenTabs().catch(logFailure('could not reach open LinkedIn tabs'));
  return Promise.all([welcome.catch(logFailure('could not open its welcome page')), store, eyes]);
});

// The badge does not survive a browser restart, and alarms may not either: draw and schedule them again.
browser.runtime.onStartup.addListener(() => refreshReminders().catch(logFailure('reminders')));

browser.alarms.onAlarm.addListener(onAlarm);

// Content scripts may not read storage.local where the browser can say so (Chrome; not Firefox).
limitStorageToTrusted().catch(logFailure('could not limit its storage to its own pages'));

browser.notifications.onClicked.addListener((id: string) =>
  openFromNotification(id).catch(logFailure('could not open what a reminder is about')),
);
