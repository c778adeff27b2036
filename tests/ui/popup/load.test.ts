/**
 * What the popup asks before its first render: the log, and the tab's status. A tab that already answers
 * (a popup prepared it before) costs one question to the tab and none to inject; a LinkedIn tab that does
 * not is prepared by the background (its answers injected) and asked again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPopup } from '../../../src/popup/load';
import { installChrome } from './fake-chrome';
import { contoso, reading, state } from './log';

const PRIYA_URL = 'https://www.linkedin.com/in/priya-natarajan/';
const priya = reading({ slug: 'priya-natarajan', name: 'Priya Natarajan', company: 'Contoso Health' });

afterEach(() => vi.unstubAllGlobals());

describe('the popup’s first questions', () => {
  it('a tab that answers: the status at once, no injection asked', async () => {
    const { toBackground, toTab } = installChrome({
      url: PRIYA_URL,
      status: { reading: priya, noteBox: null },
      state: state([contoso]),
    });
    const loaded = await loadPopup('?tab=7');
    expect(loaded.status?.reading?.slug).toBe('priya-natarajan');
    expect(loaded.view.kind).toBe('person');
    expect(toBackground.map((message) => message.type)).toEqual(['state/get']);
    expect(toTab.map((message) => message.type)).toEqual(['tab/status']);
  });

  it('a LinkedIn tab that does not answer yet: the background prepares it, then the tab answers', async () => {
    const world = {
      url: PRIYA_URL,
      status: null as { reading: typeof priya; noteBox: null } | null,
      state: state([contoso]),
      // The background injects the tab's answers: from then on the tab answers.
      write: (message: { type: string }) => {
        if (message.type === 'tab/prepare') world.status = { reading: priya, noteBox: null };
        return { ok: true };
      },
    };
    const { toBackground, toTab } = installChrome(world);
    const loaded = await loadPopup('?tab=7');
    expect(loaded.status?.reading?.slug).toBe('priya-natarajan');
    expect(toBackground.map((message) => message.type).sort()).toEqual(['state/get', 'tab/prepare']);
    expect(toTab.map((message) => message.type)).toEqual(['tab/status', 'tab/status']);
  });

  it('a tab elsewhere (not LinkedIn) with no script: no injection asked, the due list', async () => {
    const { toBackground } = installChrome({ url: null, status: null, state: state([contoso]) });
    const loaded = await loadPopup('?tab=7');
    expect(loaded.status).toBeNull();
    expect(loaded.view.kind).toBe('elsewhere');
    expect(toBackground.map((message) => message.type)).toEqual(['state/get']);
  });
});
