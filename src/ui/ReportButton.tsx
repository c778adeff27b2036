/**
 * "Copy a page report": asks the background to read the LinkedIn tab's structure (the top card and any
 * open dialog, with every personal text replaced) and copies it for a bug report. Nothing is sent anywhere.
 */
import { useState } from 'preact/hooks';
import { browser } from '../browser';
import { ask } from './client';
import { copyText } from './clipboard';

/** The LinkedIn tab used last (the browser shows us LinkedIn tabs' addresses: our host access). */
async function lastLinkedInTab(): Promise<number | null> {
  try {
    const tabs = await browser.tabs.query({ url: 'https://www.linkedin.com/*' });
    const last = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    return last?.id ?? null;
  } catch {
    return null;
  }
}

/** `tabId`: the LinkedIn tab to report on; without one, the most recently used LinkedIn tab. */
export function ReportButton({ tabId, describedBy }: { tabId?: number; describedBy?: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus('Reading the page…');
    const tab = tabId ?? (await lastLinkedInTab());
    if (tab === null) return setStatus('Open the LinkedIn page first, then copy its report.');
    const reply = await ask({ type: 'tab/report', tabId: tab });
    if (!reply.ok) return setStatus(reply.error);
    setStatus(
      (await copyText(reply.report))
        ? 'Page report copied. Paste it into your bug report; read it over first.'
        : 'Copying was refused by the browser.',
    );
  };
  return (
    <p class="actions">
      <button type="button" aria-describedby={describedBy} onClick={copy}>
        Copy a page report
      </button>
      <span role="status">{status}</span>
    </p>
  );
}
