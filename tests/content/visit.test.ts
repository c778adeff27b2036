// @vitest-environment happy-dom
/**
 * One visit to a logged person's profile, on a fixture page, against a fake `chrome.runtime` that answers
 * as the background would: nothing shows before the person's own input; then the card appears after the
 * top card, the note bar follows LinkedIn's note box in a dialog for this person only, Insert uses the
 * draft the background has now and asks before replacing what the person typed, a script's click on
 * Send records nothing, and leaving takes everything away with nothing left listening. Our closed roots
 * are reached through the references our code made (recorded as `attachShadow` returns them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insert } from '../../src/content/tab-insert';
import { page, visit } from '../../src/content/visit';
import type { Message } from '../../src/messages';
import type { PageAnswer, VisitAnswer } from '../../src/replies';
import { recordShadowRoots, trusted } from './trusted';

const FIXTURES = join(import.meta.dirname, '../fixtures/linkedin');
/** The background's answer to page/visit for a person in the log (the helper is then injected). */
const coachMode: VisitAnswer = { mode: 'coach', name: 'Avery Stone' };

const answer: PageAnswer = {
  interviewId: 'iv-1',
  interviewerId: 'p-1',
  name: 'Avery Stone',
  company: 'Northwind Labs',
  verdict: 'send',
  summary: 'Send your request now.',
  reasons: ['Three days have passed since the interview.'],
  draft: 'Hi Avery, thank you for the conversation about the Platform role.',
  limit: 200,
  showHelper: true,
  byName: false,
};

/** The background, in memory: answers a reading with `reply` (or null: not in the log), records all. */
function fakeChrome(reply: PageAnswer | null | ((message: Message) => PageAnswer | null)) {
  const sent: Message[] = [];
  const listeners = new Set<unknown>();
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      id: 'connect-coach', // a running extension's; an orphaned script's has none
      lastError: undefined,
      sendMessage(message: Message, callback: (answer: unknown) => void) {
        sent.push(message);
        const answerOf = typeof reply === 'function' ? reply : () => reply;
        // page/bar: the background injects the bar's bundle into the tab before it answers.
        const injected = message.type === 'page/bar' ? import('../../src/content/bar') : Promise.resolve();
        void injected.then(() =>
          setTimeout(() => callback(message.type === 'page/reading' ? answerOf(message) : { ok: true })),
        );
      },
      onMessage: {
        addListener: (l: unknown) => listeners.add(l),
        removeListener: (l: unknown) => listeners.delete(l),
      },
    },
  };
  return { sent, types: () => sent.map((m) => m.type) };
}

/** Opens a fixture's markup (without its script) as the page, at its person's address. */
function openFixture(file: string, slug: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `https://www.linkedin.com/in/${slug}/`,
  );
  const markup = readFileSync(join(FIXTURES, file), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = markup.replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, '');
  // A rail person with their own Connect, as LinkedIn shows beside a profile.
  const rail = document.createElement('li');
  rail.innerHTML = `<a href="/in/jordan-reyes/">Jordan Reyes</a>
    <button type="button" aria-label="Invite Jordan Reyes to connect" class="artdeco-button"><span>Connect</span></button>`;
  document.querySelector('aside ul')!.append(rail);
}

/** Ember's invitation dialog at its note step, as the fixture pages render it. */
function openNoteStep(): HTMLTextAreaElement {
  const outlet = document.getElementById('artdeco-modal-outlet')!;
  outlet.innerHTML = `<div data-test-modal-id="send-invite-modal" class="artdeco-modal-overlay"><div role="dialog" aria-modal="true" class="artdeco-modal send-invite">
    <div class="artdeco-modal__content"><p>5 personalized invitations remaining for this month.</p>
    <div class="connect-button-send-invite__custom-message-box"><textarea name="message" id="custom-message" maxlength="200"></textarea><span>0/200</span></div></div>
    <div class="artdeco-modal__actionbar"><button aria-label="Cancel adding a note" class="artdeco-button--secondary">Cancel</button>
    <button aria-label="Send invitation" class="artdeco-button artdeco-button--primary">Send</button></div></div></div>`;
  return outlet.querySelector('textarea')!;
}

/** A person's Connect: in the top card (the sticky header earlier in the page repeats it), else the rail's. */
const connectOf = (name: string) =>
  document.querySelector(`section[data-member-id] [aria-label="Invite ${name} to connect"]`) ??
  document.querySelector(`aside [aria-label="Invite ${name} to connect"]`)!;

/** Records listeners and observers the visit leaves behind: each must stop when the visit ends. */
function spyOnListening() {
  const listeners: { target: EventTarget; type: string; signal?: AbortSignal }[] = [];
  // The EventTarget that DOM nodes and the window inherit from (happy-dom's own, not the global one).
  const nodeEvents = Object.getPrototypeOf(Node.prototype) as EventTarget;
  const add = nodeEvents.addEventListener;
  vi.spyOn(nodeEvents, 'addEventListener').mockImplementation(function (
    this: EventTarget,
    type,
    fn,
    options,
  ) {
    if (!(this instanceof AbortSignal))
      listeners.push({ target: this, type, signal: (options as AddEventListenerOptions)?.signal });
    return add.call(this, type, fn, options);
  });
  const observing = new Set<MutationObserver>();
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (
    this: MutationObserver,
    ...args
  ) {
    observing.add(this);
    return observe.apply(this, args);
  });
  vi.spyOn(MutationObserver.prototype, 'disconnect').mockImplementation(function (this: MutationObserver) {
    observing.delete(this);
    return disconnect.call(this);
  });
  return { listeners, observing };
}

let leave: AbortController;
let roots: ReturnType<typeof recordShadowRoots>;
/** Ours on the page now: hosts we made that are in the document, each with the root only we hold. */
const shown = () => roots.filter(({ host }) => host.isConnected);
const card = () => shown().find(({ root }) => root.querySelector('[role="region"]'));
const bar = () =>
  shown().find(({ root }) => root.querySelector('[role="group"]') && !root.querySelector('[role="region"]'));
const button = (ours: { root: ShadowRoot } | undefined, name: string) =>
  [...(ours?.root.querySelectorAll('button') ?? [])].find(
    (b) => !b.closest('[hidden]') && b.textContent === name,
  );

/** Starts the visit and waits for its first question to the background. */
async function start(reply: Parameters<typeof fakeChrome>[0]) {
  const chrome = fakeChrome(reply);
  void visit('avery-stone', coachMode, leave.signal);
  await vi.waitFor(() => expect(chrome.types()).toContain('page/reading'));
  return chrome;
}

/** The person moves the mouse over the page (and keeps moving it until the card is there). */
async function arrive() {
  await vi.waitFor(() => {
    trusted(document.body, 'pointermove');
    expect(card()).toBeDefined();
  });
  return card()!;
}

beforeEach(() => {
  openFixture('ember-connect.html', 'avery-stone');
  leave = new AbortController();
  roots = recordShadowRoots();
});
afterEach(() => {
  leave.abort();
  vi.restoreAllMocks();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('a visit to a logged person’s profile', () => {
  it('shows nothing until the person’s own input, then the card right after the top card', async () => {
    const { sent } = await start(answer);
    expect(sent).toMatchObject([
      { type: 'page/reading', reading: { slug: 'avery-stone', name: 'Avery Stone' } },
    ]);
    await vi.waitFor(() => expect(page.answer).toEqual(answer));
    // A script's events, or no input at all: the page can't tell whether Avery is in the log.
    document.body.dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(shown()).toEqual([]);
    const { host, root } = await arrive();
    expect(host.shadowRoot).toBeNull(); // closed: the page sees an empty <div>
    expect(host.attributes).toHaveLength(0);
    expect(root.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(
      'Connect Coach: Send now · Avery Stone',
    );
    expect(host.previousElementSibling?.matches('section[data-member-id]')).toBe(true);
    expect(page.reading?.slug).toBe('avery-stone');
  });

  it('follows LinkedIn’s re-render after Send: a new reading, a new answer, for the card and the popup', async () => {
    const sentAnswer: PageAnswer = { ...answer, verdict: 'sent', summary: 'Your request is on its way.' };
    const { sent } = await start((m) =>
      m.type === 'page/reading' && m.reading.relation === 'pending' ? sentAnswer : answer,
    );
    const { root } = await arrive();
    // Pending, the Ember way: the Connect button gives way to a secondary one.
    const pending = document.createElement('button');
    pending.className = 'artdeco-button artdeco-button--2 artdeco-button--secondary';
    pending.textContent = 'Pending';
    connectOf('Avery Stone').replaceWith(pending);
    await vi.waitFor(() => expect(page.answer).toEqual(sentAnswer));
    expect(sent.filter((m) => m.type === 'page/reading')).toHaveLength(2);
    expect(page.reading?.relation).toBe('pending');
    expect(root.querySelector('[role="region"]')?.getAttribute('aria-label')).toMatch(/Request sent/);
  });

  it('shows the note bar in a dialog opened for this person, and fills it with the current draft', async () => {
    const edited = { ...answer, draft: 'Hi Avery, edited in the popup a minute ago.' };
    let now = answer;
    const { sent } = await start(() => now);
    await arrive();
    trusted(connectOf('Avery Stone'));
    const textarea = openNoteStep();
    await vi.waitFor(() => expect(bar()).toBeDefined());
    expect(sent).toContainEqual({ type: 'page/note-box', limit: 200, remaining: 5 });
    expect(bar()!.host.previousElementSibling).toBe(textarea.parentElement);
    expect(bar()!.root.textContent).toContain('5 personalised notes left');
    now = edited; // the person edited the note in the popup meanwhile
    button(bar(), 'Insert note')!.click(); // a page script's click: nothing
    await Promise.resolve();
    expect(textarea.value).toBe('');
    trusted(button(bar(), 'Insert note')!);
    await vi.waitFor(() => expect(textarea.value).toBe(edited.draft));
    expect(bar()!.root.textContent).toMatch(/inserted/i);
    document.getElementById('artdeco-modal-outlet')!.replaceChildren();
    await vi.waitFor(() => expect(bar()).toBeUndefined());
  });

  it('asks before replacing what the person typed in LinkedIn’s box', async () => {
    await start(answer);
    await arrive();
    trusted(connectOf('Avery Stone'));
    const textarea = openNoteStep();
    await vi.waitFor(() => expect(button(bar(), 'Insert note')).toBeDefined());
    textarea.value = 'My own words';
    trusted(button(bar(), 'Insert note')!);
    await vi.waitFor(() => expect(button(bar(), 'Keep mine')).toBeDefined());
    expect(bar()!.root.textContent).toMatch(/Replace what you typed/);
    trusted(button(bar(), 'Keep mine')!);
    await vi.waitFor(() => expect(bar()!.root.textContent).toMatch(/Kept what you typed/));
    expect(textarea.value).toBe('My own words');
    trusted(button(bar(), 'Insert note')!);
    await vi.waitFor(() => expect(button(bar(), 'Replace')).toBeDefined());
    trusted(button(bar(), 'Replace')!);
    await vi.waitFor(() => expect(textarea.value).toBe(answer.draft));
    // Our own note in the box is no one's typing: Insert again goes straight in.
    trusted(button(bar(), 'Insert note')!);
    await vi.waitFor(() => expect(bar()!.root.textContent).toMatch(/inserted/i));
    expect(button(bar(), 'Replace')).toBeUndefined();
  });

  it('records Send only for the person’s own click, in this person’s dialog', async () => {
    const { types, sent } = await start(answer);
    await arrive();
    trusted(connectOf('Avery Stone'));
    openNoteStep();
    await vi.waitFor(() => expect(bar()).toBeDefined());
    const send = document.querySelector<HTMLButtonElement>('[aria-label="Send invitation"]')!;
    send.click(); // a script's click
    expect(types()).not.toContain('page/invite-sent');
    trusted(send);
    expect(sent).toContainEqual(expect.objectContaining({ type: 'page/invite-sent', slug: 'avery-stone' }));
  });

  it('a dialog opened from the rail for someone else gets nothing, and its Send is recorded for no one', async () => {
    const { types } = await start(answer);
    await arrive();
    trusted(connectOf('Jordan Reyes'));
    openNoteStep();
    // The dialog watch has seen it (the note box's count reached the background)...
    await vi.waitFor(() => expect(types()).toContain('page/note-box'));
    expect(bar()).toBeUndefined();
    expect(button(card(), 'Insert note')).toBeUndefined();
    trusted(document.querySelector('[aria-label="Send invitation"]')!);
    expect(types()).not.toContain('page/invite-sent');
  });

  it('for a match by name and company, asks once; "yes" links the profile and then shows the advice', async () => {
    const byName = { ...answer, byName: true };
    let linked = false;
    const { sent } = await start(() => (linked ? answer : byName));
    const { root } = await arrive();
    expect(root.textContent).toContain('Is this Avery Stone from your Northwind Labs interview?');
    expect(root.querySelector('ul')?.closest('[hidden]')).not.toBeNull();
    linked = true;
    trusted(button(card(), 'Yes, that’s them')!);
    await vi.waitFor(() =>
      expect(root.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(
        'Connect Coach: Send now · Avery Stone',
      ),
    );
    expect(sent).toContainEqual({
      type: 'page/confirm-match',
      interviewId: 'iv-1',
      interviewerId: 'p-1',
      slug: 'avery-stone',
    });
  });

  it('for a match by name, "no" hides the card for the visit and links nothing', async () => {
    const { types } = await start({ ...answer, byName: true });
    await arrive();
    trusted(button(card(), 'No')!);
    await vi.waitFor(() => expect(card()).toBeUndefined());
    expect(types()).not.toContain('page/confirm-match');
  });

  it('leaves nothing behind: the card, the bar, every listener and every observer go with the visit', async () => {
    const { listeners, observing } = spyOnListening();
    await start(answer);
    await arrive();
    trusted(connectOf('Avery Stone'));
    openNoteStep();
    await vi.waitFor(() => expect(bar()).toBeDefined());
    expect(listeners.length).toBeGreaterThan(0);
    expect(observing.size).toBeGreaterThan(0);
    leave.abort();
    expect(shown()).toEqual([]);
    // Listeners on our own buttons go with our (now removed) elements; every other one had to stop.
    const onOurs = (target: EventTarget) =>
      target instanceof Node && roots.some(({ root }) => target.getRootNode() === root);
    expect(listeners.filter((l) => !l.signal?.aborted && !onOurs(l.target))).toEqual([]);
    expect(observing.size).toBe(0);
    expect(page.reading).toBeNull();
    expect(page.answer).toBeNull();
  });

  it('adds nothing for a person who is not in the log', async () => {
    const { types } = await start(null);
    trusted(document.body, 'pointermove');
    openNoteStep();
    await vi.waitFor(() => expect(page.reading?.slug).toBe('avery-stone'));
    // Nothing to wait for: prove that nothing comes (the answer was null).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(types()).toEqual(['page/reading']);
    expect(roots).toEqual([]);
    expect(page.answer).toBeNull();
  });
});

describe('a failure in place of the background’s answer', () => {
  it('(storage failing, or the page asking too often) shows nothing, throws nothing, and is not kept as advice', async () => {
    const failure = { ok: false, error: 'Connect Coach could not read its storage.' };
    const { types } = await start(failure as unknown as PageAnswer);
    trusted(document.body, 'pointermove');
    await vi.waitFor(() => expect(page.reading?.slug).toBe('avery-stone'));
    // Nothing to wait for: prove that nothing comes (the answer was a failure).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(types()).toEqual(['page/reading']);
    expect(roots).toEqual([]);
    expect(page.answer).toBeNull();
  });
});

describe('a page that cannot be read', () => {
  it('adds nothing, and tells the LinkedIn check that no top card was found', async () => {
    openFixture('sdui-drift.html', 'chen-wei-dev');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { sent } = fakeChrome(answer);
    void visit('chen-wei-dev', { mode: 'coach', name: 'Wei Chen' }, leave.signal);
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('page/unreadable'));
    // The drifted page keeps some of Ember's classes around its new card: the layout is a best guess.
    expect(sent).toMatchObject([{ type: 'page/unreadable', what: 'no-top-card' }]);
    expect(roots).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve)); // one turn: the fake background's reply lands
  });

  it('a page in neither of LinkedIn’s layouts is reported as layout-unknown', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://www.linkedin.com/in/new-look/',
    );
    document.body.replaceChildren(
      Object.assign(document.createElement('main'), { textContent: 'A profile LinkedIn drew anew' }),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { sent } = fakeChrome(answer);
    void visit('new-look', { mode: 'coach', name: null }, leave.signal);
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('page/unreadable'));
    expect(sent).toEqual([{ type: 'page/unreadable', layout: 'unknown', what: 'layout-unknown' }]);
    await new Promise((resolve) => setTimeout(resolve)); // one turn: the fake background's reply lands
  });

  it('a known layout without this person’s top card is reported as such', async () => {
    openFixture('sdui-connect.html', 'someone-else');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { sent } = fakeChrome(answer);
    void visit('someone-else', { mode: 'coach', name: 'Someone Else' }, leave.signal);
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('page/unreadable'));
    expect(sent).toEqual([{ type: 'page/unreadable', layout: 'sdui', what: 'no-top-card' }]);
    await new Promise((resolve) => setTimeout(resolve)); // one turn: the fake background's reply lands
  });
});

describe('the LinkedIn check hears of a note box it can’t find', () => {
  /** LinkedIn's note step with its box renamed: a text box no selector of ours knows. */
  const renamed = () => {
    const textarea = openNoteStep();
    textarea.removeAttribute('id');
    textarea.removeAttribute('name');
    return textarea;
  };

  it('in this person’s dialog: reported once as no-note-box, with the card’s layout', async () => {
    const { sent } = await start(answer);
    await arrive();
    trusted(connectOf('Avery Stone'));
    renamed();
    const reports = () => sent.filter((m) => m.type === 'page/unreadable');
    await vi.waitFor(() =>
      expect(reports()).toEqual([{ type: 'page/unreadable', layout: 'ember', what: 'no-note-box' }]),
    );
    // The same dialog changing again is not a second report.
    document.querySelector('textarea')!.setAttribute('rows', '3');
    await new Promise((resolve) => setTimeout(resolve, 50)); // proving nothing more comes
    expect(reports()).toHaveLength(1);
  });

  it('in a rail person’s dialog, or with the note box found: nothing reported', async () => {
    const { types } = await start(answer);
    await arrive();
    trusted(connectOf('Jordan Reyes'));
    renamed();
    await new Promise((resolve) => setTimeout(resolve, 50)); // proving nothing comes
    trusted(connectOf('Avery Stone'));
    openNoteStep();
    await vi.waitFor(() => expect(types()).toContain('page/note-box'));
    expect(types()).not.toContain('page/unreadable');
  });
});

describe('the popup’s Insert (tab/insert-note) fills only this person’s invitation', () => {
  // The helper in this isolated world, whose visit state the popup's answers read (src/content/tab-page.ts).
  beforeEach(() => {
    globalThis.connectCoachHelper = { visit: () => undefined, page };
  });
  afterEach(() => {
    globalThis.connectCoachHelper = undefined;
  });

  it('no invitation open: refused as closed', async () => {
    await start(answer);
    expect(insert('Hello')).toBe('closed');
  });

  it('a rail person’s dialog: refused as someone else’s, and the box stays empty', async () => {
    const { types } = await start(answer);
    await arrive();
    trusted(connectOf('Jordan Reyes'));
    const textarea = openNoteStep();
    await vi.waitFor(() => expect(types()).toContain('page/note-box'));
    expect(insert('Hello')).toBe('other');
    expect(textarea.value).toBe('');
  });

  it('this person’s dialog: filled; at the gate, refused until the note step', async () => {
    const { types } = await start(answer);
    await arrive();
    trusted(connectOf('Avery Stone'));
    const textarea = openNoteStep();
    await vi.waitFor(() => expect(types()).toContain('page/note-box'));
    expect(insert('Hello Avery')).toBe(true);
    expect(textarea.value).toBe('Hello Avery');
    // The gate: two buttons and nothing to fill in.
    textarea.closest('.artdeco-modal__content')!.remove();
    await vi.waitFor(() => expect(page.dialog?.step).toBe('gate'));
    expect(insert('Hello Avery')).toBe('step');
  });

  it('with no visit (a stranger’s profile): what the dialog says decides, and a silent one is refused', async () => {
    const name = (who: string) =>
      document
        .querySelector('.artdeco-modal__content')!
        .prepend(Object.assign(document.createElement('p'), { innerHTML: `Invite <strong>${who}</strong>` }));
    const textarea = openNoteStep();
    expect(page.answer).toBeNull();
    expect(insert('Hello')).toBe('unsure');
    name('Jordan Reyes');
    expect(insert('Hello')).toBe('other');
    expect(textarea.value).toBe('');
    document.querySelector('strong')!.textContent = 'Avery Stone';
    expect(insert('Hello')).toBe(true);
    expect(textarea.value).toBe('Hello');
  });
});
