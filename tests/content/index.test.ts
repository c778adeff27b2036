// @vitest-environment happy-dom
/**
 * The always-on content script (src/content/index.ts), on every LinkedIn page: it reads the address and
 * the tab's title and nothing else, observes nothing, adds nothing, and hands a visit to the helper only
 * when the background says the person needs one. Orphaned by an update (`chrome.runtime.id` gone), it
 * aborts the visit, so the helper removes what it added and stops listening, and it stops itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INPUT } from '../../src/content/presence';
import type { Message } from '../../src/messages';
import type { PageAnswer, VisitAnswer } from '../../src/replies';
import { recordShadowRoots, trusted } from './trusted';

/** The background, in memory: answers each page/visit with `reply(slug)`, a reading with `reading`;
 * `orphan()` pulls the plug, as an update of the extension does. */
function fakeChrome(reply: (slug: string | null) => VisitAnswer, reading: PageAnswer | null = null) {
  const sent: Message[] = [];
  const runtime = {
    id: 'connect-coach' as string | undefined,
    lastError: undefined,
    sendMessage(message: Message, callback: (answer: unknown) => void) {
      // What Chrome does in an orphaned content script.
      if (!runtime.id) throw new Error('Extension context invalidated.');
      sent.push(message);
      const answer =
        message.type === 'page/visit'
          ? reply(message.slug)
          : message.type === 'page/reading'
            ? reading
            : { ok: true };
      setTimeout(() => callback(answer));
    },
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
  return {
    sent,
    orphan: () => {
      runtime.id = undefined;
    },
  };
}

const at = (path: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `https://www.linkedin.com${path}`,
  );

/** Every way a script could look into the page or watch it, counted. */
function spyOnReading() {
  const calls: string[] = [];
  // Spied where each method lives for this very document and its elements (happy-dom's document is not
  // an instance of the global Document).
  const count = (node: object, names: string[]) => {
    for (const name of names) {
      let proto = Object.getPrototypeOf(node) as object | null;
      while (proto && !Object.hasOwn(proto, name)) proto = Object.getPrototypeOf(proto);
      if (!proto) throw new Error(`no ${name} to spy on`);
      const original = (proto as Record<string, (...args: unknown[]) => unknown>)[name]!;
      vi.spyOn(proto as Record<string, (...args: unknown[]) => unknown>, name).mockImplementation(function (
        this: unknown,
        ...args: unknown[]
      ) {
        calls.push(name);
        return original.apply(this, args);
      });
    }
  };
  const queries = ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementsByClassName'];
  count(document, [...queries, 'getElementById', 'getElementsByName']);
  count(document.body, [...queries, 'closest', 'matches']);
  const observers = { mutation: 0, intersection: 0, resize: 0 };
  const Mutation = globalThis.MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends Mutation {
      constructor(callback: MutationCallback) {
        super(callback);
        observers.mutation++;
      }
    },
  );
  vi.stubGlobal('IntersectionObserver', function IntersectionObserver() {
    observers.intersection++;
  });
  vi.stubGlobal('ResizeObserver', function ResizeObserver() {
    observers.resize++;
  });
  return { calls, observers };
}

/** Loads the always-on script afresh, as the browser does on a page load. */
async function loadAlwaysOn() {
  vi.resetModules();
  await import('../../src/content/index');
}

const STRANGER: VisitAnswer = { mode: 'none', name: null };

beforeEach(() => {
  at('/feed/');
  document.title = 'Someone Else | LinkedIn';
  document.body.replaceChildren();
  const card = document.createElement('section');
  card.append(Object.assign(document.createElement('h1'), { textContent: 'Someone Else' }));
  document.body.append(card);
});
afterEach(() => {
  globalThis.connectCoachEyes?.();
  globalThis.connectCoachHelper = undefined;
  delete (globalThis as { chrome?: unknown }).chrome;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the always-on script on a stranger’s profile', () => {
  it('asks about the slug and the title, and reads, observes and adds nothing else', async () => {
    at('/in/someone-else/');
    const { sent } = fakeChrome(() => STRANGER);
    const visit = vi.fn();
    globalThis.connectCoachHelper = { visit, page: { reading: null, answer: null, dialog: null } };
    const before = document.documentElement.outerHTML;
    const { calls, observers } = spyOnReading();
    await loadAlwaysOn();
    await vi.waitFor(() =>
      expect(sent).toEqual([{ type: 'page/visit', slug: 'someone-else', title: 'Someone Else | LinkedIn' }]),
    );
    await new Promise((resolve) => setTimeout(resolve, 10)); // proving nothing follows the answer
    expect(calls).toEqual([]);
    expect(observers).toEqual({ mutation: 0, intersection: 0, resize: 0 });
    expect(visit).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('tells each new visit, leaving profiles too, and still reads nothing', async () => {
    const { sent } = fakeChrome(() => STRANGER);
    const { calls, observers } = spyOnReading();
    await loadAlwaysOn();
    // Off profiles at load: nothing to ask yet.
    history.pushState(null, '', '/in/someone-else/details/experience/');
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    history.pushState(null, '', '/in/someone-else/'); // same person: no new visit
    history.pushState(null, '', '/feed/');
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent.map((m) => m.type === 'page/visit' && m.slug)).toEqual(['someone-else', null]);
    expect(calls).toEqual([]);
    expect(observers.mutation).toBe(0);
  });
});

describe('the always-on script for a person in the log', () => {
  it('asks once more when LinkedIn renames the tab just after an in-page navigation', async () => {
    const sam: VisitAnswer = { mode: 'coach', name: 'Sam Lee' };
    // Sam is in the log without an address: only the title can say it may be him.
    const { sent } = fakeChrome(() => (document.title.startsWith('Sam Lee') ? sam : STRANGER));
    const visit = vi.fn();
    globalThis.connectCoachHelper = { visit, page: { reading: null, answer: null, dialog: null } };
    await loadAlwaysOn();
    history.pushState(null, '', '/in/sam-lee-42/');
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    document.title = 'Sam Lee | LinkedIn'; // the page renders the new person a moment later
    await vi.waitFor(() => expect(visit).toHaveBeenCalledTimes(1));
    expect(sent.map((m) => m.type === 'page/visit' && m.title)).toEqual([
      'Someone Else | LinkedIn',
      'Sam Lee | LinkedIn',
    ]);
    expect(visit.mock.calls[0]?.slice(0, 2)).toEqual(['sam-lee-42', sam]);
  });

  it('hands the visit to the helper with the background’s answer, and aborts it on leaving', async () => {
    at('/in/priya-natarajan/');
    const coach: VisitAnswer = { mode: 'coach', name: 'Priya Natarajan' };
    fakeChrome((slug) => (slug === 'priya-natarajan' ? coach : STRANGER));
    const visit = vi.fn();
    globalThis.connectCoachHelper = { visit, page: { reading: null, answer: null, dialog: null } };
    await loadAlwaysOn();
    await vi.waitFor(() => expect(visit).toHaveBeenCalledTimes(1));
    const [slug, answer, signal] = visit.mock.calls[0] as [string, VisitAnswer, AbortSignal];
    expect([slug, answer, signal.aborted]).toEqual(['priya-natarajan', coach, false]);
    history.pushState(null, '', '/in/someone-else/');
    await vi.waitFor(() => expect(signal.aborted).toBe(true));
    expect(visit).toHaveBeenCalledTimes(1);
  });
});

describe('an orphaned always-on script (the extension was updated or reloaded)', () => {
  const avery: PageAnswer = {
    interviewId: 'iv-1',
    interviewerId: 'p-1',
    name: 'Avery Stone',
    company: 'Northwind Labs',
    verdict: 'send',
    summary: 'Send your request now.',
    reasons: [],
    draft: 'Hi Avery, thank you for the conversation.',
    limit: 200,
    showHelper: true,
    byName: false,
  };

  /** A fixture page (its markup, without its script) at its person's address. */
  function openFixture(file: string, slug: string) {
    at(`/in/${slug}/`);
    const markup = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', file), 'utf8');
    document.documentElement.innerHTML = markup
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, '');
  }

  /**
   * Loads the helper and the always-on script, then the person moves the mouse (the helper shows nothing
   * before their own input) until the card is there: answers what of ours is on the page now.
   */
  async function cardShown() {
    const roots = recordShadowRoots();
    const ours = () => roots.filter(({ host }) => host.isConnected);
    vi.resetModules();
    await import('../../src/content/helper');
    await loadAlwaysOn();
    await vi.waitFor(() => {
      trusted(document.body, 'pointermove');
      expect(ours()).not.toEqual([]);
    });
    return ours;
  }

  it('takes the helper’s card away and stops listening as soon as the person comes back to the tab', async () => {
    openFixture('ember-connect.html', 'avery-stone');
    const { sent, orphan } = fakeChrome(() => ({ mode: 'coach', name: 'Avery Stone' }), avery);
    const observing = new Set<MutationObserver>();
    const { observe, disconnect } = MutationObserver.prototype;
    vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (
      this: MutationObserver,
      ...a
    ) {
      observing.add(this);
      return observe.apply(this, a);
    });
    vi.spyOn(MutationObserver.prototype, 'disconnect').mockImplementation(function (this: MutationObserver) {
      observing.delete(this);
      return disconnect.call(this);
    });
    const ours = await cardShown();
    expect(observing.size).toBeGreaterThan(0);

    orphan();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ours()).toEqual([]);
    expect(observing.size).toBe(0);
    expect(globalThis.connectCoachEyes).toBeUndefined();
    // Stopped: a later navigation asks nothing (an orphan's messages would throw) and adds nothing.
    const asked = sent.length;
    history.pushState(null, '', '/in/someone-else/');
    trusted(document.body, 'pointermove');
    await new Promise((resolve) => setTimeout(resolve, 900)); // two polls of the address: proving nothing comes
    expect(sent).toHaveLength(asked);
    expect(ours()).toEqual([]);
  });

  it('goes the moment the new copy’s card arrives after the top card: the new copy lives in another world', async () => {
    // After an update Chrome runs the new copy in a new isolated world: it cannot reach this one's off
    // switch, and the tab stays visible. The new copy shows its card at the person's next input, right
    // after the top card: that change around the top card is when the old one looks, and goes.
    openFixture('ember-connect.html', 'avery-stone');
    const { orphan } = fakeChrome(() => ({ mode: 'coach', name: 'Avery Stone' }), avery);
    const ours = await cardShown();
    const [card] = ours();

    orphan();
    const theirs = document.createElement('div'); // the new copy's host: a plain element, as ours
    card!.host.previousElementSibling!.after(theirs);
    await vi.waitFor(() => expect(ours()).toEqual([]));
    expect(theirs.isConnected).toBe(true);
    expect(globalThis.connectCoachEyes).toBeUndefined();
  });

  it('notices at the person’s next press or key on the page too, where no new card comes', async () => {
    openFixture('ember-connect.html', 'avery-stone');
    const { orphan } = fakeChrome(() => ({ mode: 'coach', name: 'Avery Stone' }), avery);
    const ours = await cardShown();

    orphan();
    trusted(document.body, 'keydown');
    expect(ours()).toEqual([]);
    expect(globalThis.connectCoachEyes).toBeUndefined();
  });

  it('a moving mouse or a wheel reaches nothing of ours once the card shows', async () => {
    // A moving mouse sends dozens of events a second, and each event that reaches an extension's
    // listener costs the page a switch into its world. Counts every call of a listener added to the
    // window for the person's input.
    openFixture('ember-connect.html', 'avery-stone');
    fakeChrome(() => ({ mode: 'coach', name: 'Avery Stone' }), avery);
    let reached = 0;
    const add = window.addEventListener;
    vi.spyOn(window, 'addEventListener').mockImplementation(function (this: Window, type, listener, options) {
      const counted = (event: Event) => {
        reached++;
        if (typeof listener === 'function') listener.call(this, event);
        else listener?.handleEvent(event);
      };
      add.call(this, type, (INPUT as readonly string[]).includes(type) ? counted : listener, options);
    });
    await cardShown();
    expect(reached).toBeGreaterThan(0); // the spy sees our listeners: the card waited for this input

    reached = 0;
    for (let i = 0; i < 50; i++) {
      trusted(document.body, 'pointermove');
      trusted(document.body, 'wheel');
    }
    expect(reached).toBe(0);
    trusted(document.body, 'pointerdown');
    expect(reached).toBe(1); // a press does reach the orphan check
  });

  it('notices at the next navigation too, when sending throws “Extension context invalidated”', async () => {
    at('/in/priya-natarajan/');
    const { sent, orphan } = fakeChrome(() => ({ mode: 'coach', name: 'Priya Natarajan' }));
    const visit = vi.fn();
    globalThis.connectCoachHelper = { visit, page: { reading: null, answer: null, dialog: null } };
    await loadAlwaysOn();
    await vi.waitFor(() => expect(visit).toHaveBeenCalledTimes(1));
    const signal = visit.mock.calls[0]![2] as AbortSignal;
    orphan();
    history.pushState(null, '', '/in/jordan-reyes/');
    await vi.waitFor(() => expect(signal.aborted).toBe(true));
    expect(sent).toHaveLength(1);
    expect(globalThis.connectCoachEyes).toBeUndefined();
  });
});

describe('a second copy of the always-on script (injected after an update)', () => {
  it('stops the first, so one copy follows the page', async () => {
    at('/in/priya-natarajan/');
    const { sent } = fakeChrome(() => STRANGER);
    await loadAlwaysOn();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await loadAlwaysOn();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    history.pushState(null, '', '/in/jordan-reyes/');
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 900)); // two polls: proving no second copy asks
    expect(sent).toHaveLength(3);
  });
});
