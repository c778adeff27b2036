/**
 * Whether Connect Coach may read LinkedIn's pages. Chrome grants the manifest's host permission at
 * install; Firefox treats MV3 host permissions as the person's to grant or withdraw (about:addons →
 * Permissions), and Chrome lets people withhold site access too. Without it the content script never
 * runs, so the welcome page and the popup ask for it with a button.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';

/** The one origin the extension reads. */
export const LINKEDIN_ACCESS = { origins: ['https://www.linkedin.com/*'] };

/**
 * Asks the browser for access to LinkedIn. It must be called straight from the click that asked (the
 * browser refuses it later, outside the person's gesture), so nothing may be awaited before it.
 *
 * @example <button onClick={() => void requestLinkedIn().then(setAnswer)}>Allow on LinkedIn</button>
 */
export function requestLinkedIn(): Promise<boolean> {
  return browser.permissions.request(LINKEDIN_ACCESS).catch(() => false);
}

/**
 * True or false once known, null while asking: kept current when the person grants or withdraws it
 * elsewhere (another page of ours, the add-ons manager).
 *
 * @example const granted = useLinkedInAccess(); if (granted === false) return <Prompt />;
 */
export function useLinkedInAccess(): boolean | null {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    const check = () =>
      browser.permissions.contains(LINKEDIN_ACCESS).then(setGranted, () => setGranted(false));
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return granted;
}
