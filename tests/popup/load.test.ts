/**
 * What the popup asks before its first render: the log, and the tab's status. A tab that already answers
 * (a popup prepared it before) costs one question to the tab and none to inject; a LinkedIn tab that does
 * not is prepared by the background (its answers injected) and asked again.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadPopup } from '../../src/popup/load';
import { installWorld } from '../support/extension';
import { useFakeStore } from '../support/fake-store';
import { POPUP } from '../support/senders';
import { contoso, reading, state } from './log';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

const PRIYA_URL = 'https://www.linkedin.com/in/priya-natarajan/';
const priya = reading({ slug: 'priya-natarajan', name: 'Priya Natarajan', company: 'Contoso Health' });

describe('the popup’s first questions', () => {
  it('a tab that answers: the status at once, no injection asked', async () => {
    const { toBackground, toTab } = await installWorld(
      { url: PRIYA_URL, status: { reading: priya, noteBox: null }, state: state([contoso]) },
      POPUP,
    );
    const loaded = await loadPopup('?tab=7');
    expect(loaded.status?.reading?.slug).toBe('priya-natarajan');
    expect(loaded.view.kind).toBe('person');
    expect(toBackground.map((message) => message.type)).toEqual(['state/get']);
    expect(toTab.map((message) => message.type)).toEqual(['tab/status']);
  });

  it('a LinkedIn tab that does not answer yet: the background prepares it, then the tab answers', async () => {
    const world = {
      url: PRIYA_URL,
      status: null,
      state: state([contoso]),
      // The background injects the tab's answers: from then on the tab answers.
      injected: { reading: priya, noteBox: null },
    };
    const { toBackground, toTab } = await installWorld(world, POPUP);
    const loaded = await loadPopup('?tab=7');
    expect(loaded.status?.reading?.slug).toBe('priya-natarajan');
    expect(toBackground.map((message) => message.type).sort()).toEqual(['state/get', 'tab/prepare']);
    expect(toTab.map((message) => message.type)).toEqual(['tab/status', 'tab/status']);
  });

  it('a tab elsewhere (not LinkedIn) with no script: no injection asked, the due list', async () => {
    const { toBackground } = await installWorld({ url: null, status: null, state: state([contoso]) }, POPUP);
    const loaded = await loadPopup('?tab=7');
    expect(loaded.status).toBeNull();
    expect(loaded.view.kind).toBe('elsewhere');
    expect(toBackground.map((message) => message.type)).toEqual(['state/get']);
  });
});
