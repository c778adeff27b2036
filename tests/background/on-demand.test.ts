/**
 * The background's side of "always-on eyes, hands on demand": which visits need the helper, injecting it
 * once per document (and never for a stranger), the popup's tab/prepare and tab/report, and one's own
 * profile learnt from the page it was read on.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { nameInTitle } from '../../src/background/page';
import { readAll } from '../../src/storage/store';
import { useFakeStore } from '../support/fake-store';
import { ask, LINKEDIN_TOP, seedLog } from '../support/page-log';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

/** `scripting.executeScript` as the tab answers it: `present` says whether the helper is there,
 * `answers` whether the popup's answers (tab.js) are. */
function fakeScripting(tab = { present: false, answers: false, report: 'REPORT' }) {
  const calls: { files?: string[]; func?: boolean }[] = [];
  const executeScript = vi.fn(async (injection: { files?: string[]; func?: () => unknown }) => {
    calls.push(injection.files ? { files: injection.files } : { func: true });
    if (injection.files?.includes('helper.js')) tab.present = true;
    if (injection.files?.includes('tab.js')) tab.answers = true;
    if (injection.func) {
      const source = String(injection.func);
      if (source.includes('connectCoachReport')) return [{ result: tab.report }];
      return [{ result: source.includes('connectCoachTab') ? tab.answers : tab.present }];
    }
    return [{ result: undefined }];
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return { calls, executeScript, tab };
}

const visit = (slug: string | null, title: string, sender: object = LINKEDIN_TOP) =>
  handle({ type: 'page/visit', slug, title }, sender as never);

beforeEach(async () => {
  await seedLog();
});

describe('page/visit', () => {
  it('a stranger: mode none, and nothing is injected', async () => {
    const { executeScript } = fakeScripting();
    expect(await visit('someone-else', 'Someone Else | LinkedIn')).toEqual({ mode: 'none', name: null });
    expect(await visit(null, 'Feed | LinkedIn')).toEqual({ mode: 'none', name: null });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a person in the log by address: coach, with the helper injected first, once per document', async () => {
    const { calls } = fakeScripting();
    const sender = { ...LINKEDIN_TOP, documentId: 'doc-1' };
    expect(await visit('priya-natarajan', '(3) Priya Natarajan | LinkedIn', sender)).toEqual({
      mode: 'coach',
      name: 'Priya Natarajan',
    });
    expect(calls).toEqual([{ func: true }, { files: ['helper.js'] }]);
    // The next visit in the same document: the helper is known to be there, nothing to ask the tab.
    expect(await visit('tom%C3%A1s-ruiz', 'Tomás Ruiz | LinkedIn', sender)).toMatchObject({ mode: 'coach' });
    expect(calls).toHaveLength(2);
    // A new document in the tab (a reload): asked again; the helper is there, so not injected twice.
    await visit('priya-natarajan', 'Priya Natarajan | LinkedIn', { ...LINKEDIN_TOP, documentId: 'doc-2' });
    expect(calls).toEqual([{ func: true }, { files: ['helper.js'] }, { func: true }]);
  });

  it('someone the title names who is in the log without an address: coach (the helper reads, the match decides)', async () => {
    fakeScripting();
    expect(await visit('sam-lee-42', '(12) Sam Lee | LinkedIn')).toEqual({ mode: 'coach', name: 'Sam  Lee' });
    // Someone else with a name of the log but another address is not them, and a title without a name says nothing.
    expect(await visit('priya-natarajan-2', 'Priya Natarajan | LinkedIn')).toMatchObject({ mode: 'none' });
    expect(await visit('sam-lee-42', 'LinkedIn')).toMatchObject({ mode: 'none' });
  });

  it('one’s own profile, once learnt from a reading there: own, with only the checklist’s reader injected', async () => {
    const { calls } = fakeScripting();
    expect(await visit('alex-kim', 'Alex Kim | LinkedIn')).toMatchObject({ mode: 'none' });
    const checklist = { photo: true, headline: true, currentRole: false, about: true };
    const ownPage = { ...LINKEDIN_TOP, url: 'https://www.linkedin.com/in/Alex-Kim/details/experience/' };
    expect(await handle({ type: 'page/own-profile', checklist }, ownPage as never)).toMatchObject({
      ok: true,
    });
    expect((await readAll()).settings.ownSlug).toBe('alex-kim');
    calls.length = 0;
    expect(await visit('alex-kim', 'Alex Kim | LinkedIn')).toEqual({ mode: 'own', name: null });
    // The helper stays out: one's own profile needs the checklist's reader only (own.js).
    expect(calls).toEqual([{ files: ['own.js'] }]);
  });

  it('page/own (the helper read the page as one’s own) injects the checklist’s reader into that tab', async () => {
    const { executeScript } = fakeScripting();
    expect(await handle({ type: 'page/own' }, LINKEDIN_TOP)).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: LINKEDIN_TOP.tab?.id, frameIds: [0] },
      files: ['own.js'],
    });
    expect(await handle({ type: 'page/own' }, { ...LINKEDIN_TOP, frameId: 2 } as never)).toMatchObject({
      ok: false,
    });
    executeScript.mockRejectedValue(new Error('No tab'));
    expect(await handle({ type: 'page/own' }, LINKEDIN_TOP)).toMatchObject({ ok: false, error: /Reload/ });
  });

  it('a tab that can’t take a script: nothing for the visit to do', async () => {
    const { executeScript } = fakeScripting();
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await visit('priya-natarajan', 'Priya Natarajan | LinkedIn')).toEqual({
      mode: 'none',
      name: null,
    });
  });

  it('is refused from anywhere but the top frame of a LinkedIn tab', async () => {
    const { executeScript } = fakeScripting();
    expect(await visit('priya-natarajan', '', { ...LINKEDIN_TOP, frameId: 3 })).toMatchObject({ ok: false });
    expect(await visit('priya-natarajan', '', {})).toMatchObject({ ok: false });
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('the popup’s tab/prepare and tab/report', () => {
  it('tab/prepare puts the popup’s answers (tab.js, not the helper) in the tab, even on a stranger’s profile, once', async () => {
    const { calls } = fakeScripting();
    expect(await ask({ type: 'tab/prepare', tabId: 7 })).toEqual({ ok: true });
    expect(await ask({ type: 'tab/prepare', tabId: 7 })).toEqual({ ok: true });
    expect(calls).toEqual([{ func: true }, { files: ['tab.js'] }, { func: true }]);
  });

  it('tab/prepare says so when the tab refuses, and a LinkedIn page may not ask it', async () => {
    const { executeScript } = fakeScripting();
    executeScript.mockRejectedValue(new Error('No tab with id: 7'));
    expect(await ask({ type: 'tab/prepare', tabId: 7 })).toMatchObject({ ok: false, error: /Reload it/ });
    expect(await handle({ type: 'tab/prepare', tabId: 7 }, LINKEDIN_TOP)).toMatchObject({ ok: false });
  });

  it('tab/report injects the report bundle and answers its text', async () => {
    const { calls } = fakeScripting();
    expect(await ask({ type: 'tab/report', tabId: 7 })).toEqual({ ok: true, report: 'REPORT' });
    expect(calls).toEqual([{ files: ['report.js'] }, { func: true }]);
  });
});

describe('nameInTitle', () => {
  it.each([
    ['Priya Natarajan | LinkedIn', 'Priya Natarajan'],
    ['(3) Priya Natarajan | LinkedIn', 'Priya Natarajan'],
    ['(99+) Björn Åberg | LinkedIn', 'Björn Åberg'],
    ['LinkedIn', null],
    ['Feed | LinkedIn', 'Feed'],
    ['', null],
  ])('%j → %j', (title, name) => expect(nameInTitle(title)).toBe(name));
});
