// @vitest-environment happy-dom
/**
 * One visit to a logged person's profile, on a fixture page, against a fake `chrome.runtime` that answers
 * as the background would: the card appears after the top card, the note bar follows LinkedIn's note
 * box, a script's click on Send records nothing, and leaving takes everything away with nothing left
 * listening.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitAnswer } from '../../src/content/seam';
import { page, visit } from '../../src/content/visit';
import type { Message, PageAnswer } from '../../src/messages';

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
      lastError: undefined,
      sendMessage(message: Message, callback: (answer: unknown) => void) {
        sent.push(message);
        const answerOf = typeof reply === 'function' ? reply : () => reply;
        setTimeout(() => callback(message.type === 'page/reading' ? answerOf(message) : { ok: true }));
      },
      onMessage: {
        addListener: (l: unknown) => listeners.add(l),
        removeListener: (l: unknown) => listeners.delete(l),
      },
    },
  };
  return { sent };
}

/** Opens a fixture's markup (without its script) as the page, at its person's address. */
function openFixture(file: string, slug: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `https://www.linkedin.com/in/${slug}/`,
  );
  const markup = readFileSync(join(FIXTURES, file), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = markup.replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, '');
}

/** Ember's invitation dialog at its note step, as the fixture pages render it. */
function openNoteStep(): HTMLTextAreaElement {
  const outlet = document.getElementById('artdeco-modal-outlet')!;
  outlet.innerHTML = `<div data-test-modal-id="send-invite-modal" class="artdeco-modal-overlay"><div role="dialog" class="artdeco-modal send-invite">
    <div class="artdeco-modal__content"><p>5 personalized invitations remaining for this month.</p>
    <div class="connect-button-send-invite__custom-message-box"><textarea name="message" id="custom-message" maxlength="200"></textarea><span>0/200</span></div></div>
    <div class="artdeco-modal__actionbar"><button aria-label="Cancel adding a note" class="artdeco-button--secondary">Cancel</button>
    <button aria-label="Send invitation" class="artdeco-button artdeco-button--primary">Send</button></div></div></div>`;
  return outlet.querySelector('textarea')!;
}

/** Records listeners and observers the visit leaves behind: each must stop when the visit ends. */
function spyOnListening() {
  const listeners: { target: EventTarget; type: string; signal?: AbortSignal }[] = [];
  // The EventTarget that DOM nodes inherit from (happy-dom's own, not the global one).
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

/** A fixed wait, only where a test proves that nothing happens: the fake background answers in a macrotask. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const host = (kind: string) => document.querySelector(`[data-connect-coach="${kind}"]`);

let leave: AbortController;
beforeEach(() => {
  openFixture('ember-connect.html', 'avery-stone');
  leave = new AbortController();
});
afterEach(() => {
  leave.abort();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('a visit to a logged person’s profile', () => {
  it('reads the page once, asks the background, and shows the card right after the top card', async () => {
    const { sent } = fakeChrome(answer);
    void visit('avery-stone', coachMode, leave.signal);
    const card = await vi.waitFor(() => host('card') ?? Promise.reject(new Error('no card yet')));
    expect(sent).toMatchObject([
      { type: 'page/reading', reading: { slug: 'avery-stone', name: 'Avery Stone' } },
    ]);
    expect(card.getAttribute('data-verdict')).toBe('send');
    expect(card.previousElementSibling?.matches('section.pv-top-card')).toBe(true);
    expect(page.reading?.slug).toBe('avery-stone');
    // The popup's tab/status hears what the card shows, for when the background is silent.
    expect(page.answer).toEqual(answer);
  });

  it('follows LinkedIn’s re-render after Send: a new reading, a new answer, for the card and the popup', async () => {
    const sentAnswer: PageAnswer = { ...answer, verdict: 'sent', summary: 'Your request is on its way.' };
    const { sent } = fakeChrome((m) =>
      m.type === 'page/reading' && m.reading.relation === 'pending' ? sentAnswer : answer,
    );
    void visit('avery-stone', coachMode, leave.signal);
    await vi.waitFor(() => expect(page.answer).toEqual(answer));
    // Pending, the Ember way: the Connect button gives way to a secondary one.
    const connect = document.querySelector('button[aria-label="Invite Avery Stone to connect"]')!;
    const pending = document.createElement('button');
    pending.className = 'artdeco-button artdeco-button--secondary pvs-profile-actions__action';
    pending.textContent = 'Pending';
    connect.replaceWith(pending);
    await vi.waitFor(() => expect(page.answer).toEqual(sentAnswer));
    expect(sent.filter((m) => m.type === 'page/reading')).toHaveLength(2);
    expect(page.reading?.relation).toBe('pending');
    expect(host('card')?.getAttribute('data-verdict')).toBe('sent');
  });

  it('shows the note bar in LinkedIn’s dialog while the note box is open, and fills it on request', async () => {
    const { sent } = fakeChrome(answer);
    void visit('avery-stone', coachMode, leave.signal);
    await vi.waitFor(() => expect(host('card')).not.toBeNull());
    const textarea = openNoteStep();
    const bar = await vi.waitFor(() => host('note-bar') ?? Promise.reject(new Error('no bar yet')));
    expect(sent).toContainEqual({ type: 'page/note-box', limit: 200, remaining: 5 });
    expect(bar.previousElementSibling).toBe(textarea.parentElement);
    bar.shadowRoot!.querySelector('button')!.click(); // our own button: the person's "Insert note"
    expect(textarea.value).toBe(answer.draft);
    expect(bar.shadowRoot!.textContent).toMatch(/inserted/i);
    document.getElementById('artdeco-modal-outlet')!.replaceChildren();
    await vi.waitFor(() => expect(host('note-bar')).toBeNull());
  });

  it('records nothing when a script, not the person, clicks LinkedIn’s Send', async () => {
    const { sent } = fakeChrome(answer);
    void visit('avery-stone', coachMode, leave.signal);
    await vi.waitFor(() => expect(host('card')).not.toBeNull());
    openNoteStep();
    await vi.waitFor(() => expect(host('note-bar')).not.toBeNull());
    document.querySelector<HTMLButtonElement>('[aria-label="Send invitation"]')!.click();
    await settle(); // proving nothing is sent: a wait for what must not come
    expect(sent.map((m) => m.type)).not.toContain('page/invite-sent');
  });

  it('leaves nothing behind: the card, the bar, every listener and every observer go with the visit', async () => {
    fakeChrome(answer);
    const { listeners, observing } = spyOnListening();
    void visit('avery-stone', coachMode, leave.signal);
    await vi.waitFor(() => expect(host('card')).not.toBeNull());
    openNoteStep();
    await vi.waitFor(() => expect(host('note-bar')).not.toBeNull());
    expect(listeners.length).toBeGreaterThan(0);
    expect(observing.size).toBeGreaterThan(0);
    leave.abort();
    expect(document.querySelectorAll('[data-connect-coach]')).toHaveLength(0);
    // Listeners on our own buttons go with our (now removed) elements; every other one had to stop.
    const onOurs = (target: EventTarget) => {
      const root = target instanceof Node ? target.getRootNode() : null;
      return root instanceof ShadowRoot && root.host.hasAttribute('data-connect-coach');
    };
    expect(listeners.filter((l) => !l.signal?.aborted && !onOurs(l.target))).toEqual([]);
    expect(observing.size).toBe(0);
    expect(page.reading).toBeNull();
    expect(page.answer).toBeNull();
  });

  it('adds nothing for a person who is not in the log', async () => {
    const { sent } = fakeChrome(null);
    void visit('avery-stone', coachMode, leave.signal);
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['page/reading']));
    await settle(); // the answer (null) comes in a macrotask
    openNoteStep();
    await settle(); // proving nothing is added: a wait for what must not come
    expect(sent.map((m) => m.type)).toEqual(['page/reading']);
    expect(document.querySelectorAll('[data-connect-coach]')).toHaveLength(0);
    expect(page.reading?.slug).toBe('avery-stone');
    expect(page.answer).toBeNull();
  });
});
