// @vitest-environment happy-dom
/**
 * LinkedIn's 2026 invitation flow as the helper meets it, on the 2026 stand-in page: the gate as an
 * alertdialog mounting late (its outlet's shadow root attached only after the click), the email gate,
 * the quota upsell; and a dialog for a rail person, which gets nothing. Our roots are reached through
 * the references our code made; the person's input is trusted (see ./trusted.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { visit } from '../../src/content/visit';
import type { Message } from '../../src/messages';
import type { PageAnswer, VisitAnswer } from '../../src/replies';
import { recordShadowRoots, trusted } from './trusted';

const FIXTURES = join(import.meta.dirname, '../fixtures/linkedin');
const coachMode: VisitAnswer = { mode: 'coach', name: 'Priya Natarajan' };
const answer: PageAnswer = {
  interviewId: 'iv-1',
  interviewerId: 'p-1',
  name: 'Priya Natarajan',
  company: 'Contoso Health',
  verdict: 'send',
  summary: 'Send your request now.',
  reasons: ['A week has gone by.'],
  draft: 'Hi Priya, thank you for the conversation.',
  limit: 200,
  showHelper: true,
  byName: false,
};

let sent: Message[];
let leave: AbortController;
let roots: ReturnType<typeof recordShadowRoots>;
const bar = () =>
  roots.find(
    ({ host, root }) =>
      host.isConnected && root.querySelector('[role="group"]') && !root.querySelector('[role="region"]'),
  );
const card = () => roots.find(({ host, root }) => host.isConnected && root.querySelector('[role="region"]'));
const shownText = (ours: { root: ShadowRoot } | undefined) =>
  [...(ours?.root.querySelectorAll('p, span, li') ?? [])]
    .filter((el) => !el.closest('[hidden]'))
    .map((el) => el.textContent)
    .join(' ');

/** The 2026 dialogs, as LinkedIn renders them in #interop-outlet's open shadow root. */
const DIALOGS = {
  gate: (name: string) => `<div role="alertdialog" aria-modal="true" aria-labelledby="t">
    <h2 id="t">Add a note to your invitation?</h2><p>Personalize your invitation to <strong>${name}</strong>.</p>
    <button>Dismiss</button><button>Add a note</button><button class="artdeco-button--primary">Send without a note</button></div>`,
  email: (
    name: string,
  ) => `<div role="dialog" aria-modal="true"><p>To verify this member knows you, please enter their email to connect.</p>
    <p><strong>${name}</strong></p><input type="email" name="email"><button>Cancel</button>
    <button aria-disabled="true">Send without a note</button></div>`,
  upsell: (
    name: string,
  ) => `<div role="dialog" aria-modal="true"><p>You’ve used all your personalized invitations for this month</p>
    <p><strong>${name}</strong></p><a href="/premium/products/?upsellOrderOrigin=custom_invite">Try Premium for free</a>
    <button>Send without a note</button></div>`,
};

/** Opens a dialog the way the 2026 layout does: the outlet gets its shadow root only on first use,
 * some time after the click (which no observer sees: the helper must look again). */
function openLate(html: string, ms: number) {
  setTimeout(() => {
    const outlet = document.getElementById('interop-outlet')!;
    const root = outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
    root.innerHTML = html;
  }, ms);
}

beforeEach(async () => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://www.linkedin.com/in/priya-natarajan/',
  );
  const markup = readFileSync(join(FIXTURES, 'sdui-connect.html'), 'utf8').replace(
    /<script[\s\S]*?<\/script>/g,
    '',
  );
  document.documentElement.innerHTML = markup.replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, '');
  sent = [];
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      id: 'connect-coach', // a running extension's; an orphaned script's has none
      lastError: undefined,
      sendMessage(message: Message, callback: (answer: unknown) => void) {
        sent.push(message);
        // page/bar: the background injects the bar's bundle into the tab before it answers.
        const injected = message.type === 'page/bar' ? import('../../src/content/bar') : Promise.resolve();
        // No answer after the test ended (its `chrome` is gone by then).
        void injected.then(() =>
          setTimeout(() => {
            if (!leave.signal.aborted) callback(message.type === 'page/reading' ? answer : { ok: true });
          }),
        );
      },
      onMessage: { addListener() {}, removeListener() {} },
    },
  };
  leave = new AbortController();
  roots = recordShadowRoots();
  void visit('priya-natarajan', coachMode, leave.signal);
  await vi.waitFor(() => {
    trusted(document.body, 'pointermove');
    expect(card()).toBeDefined();
  });
});
afterEach(() => {
  leave.abort();
  vi.restoreAllMocks();
  delete (globalThis as { chrome?: unknown }).chrome;
});

const connect = (name: string) => document.querySelector(`[aria-label="Invite ${name} to connect"]`)!;

describe('LinkedIn’s 2026 invitation flow', () => {
  it('the gate, an alertdialog mounting seconds after the click: the bar says where the note goes', async () => {
    trusted(connect('Priya Natarajan'));
    openLate(DIALOGS.gate('Priya Natarajan'), 1500);
    await vi.waitFor(() => expect(bar()).toBeDefined());
    expect(shownText(bar())).toMatch(/Add a note.*Insert note/);
    expect(bar()!.host.parentElement?.getAttribute('role')).toBe('alertdialog');
  });

  it('the email gate: card and bar say LinkedIn asks for their email, we never type it, and what to do', async () => {
    trusted(connect('Priya Natarajan'));
    openLate(DIALOGS.email('Priya Natarajan'), 300);
    await vi.waitFor(() => expect(bar()).toBeDefined());
    for (const ours of [bar(), card()]) {
      expect(shownText(ours)).toMatch(/asks for their email/);
      expect(shownText(ours)).toMatch(/never types it/);
      expect(shownText(ours)).toMatch(/connect once they reply/);
    }
    // Send is aria-disabled on the email gate: pressing it records nothing.
    const root = document.getElementById('interop-outlet')!.shadowRoot!;
    trusted(root.querySelector('[aria-disabled="true"]')!);
    expect(sent.map((m) => m.type)).not.toContain('page/invite-sent');
  });

  it('the quota upsell: the bar says no notes are left and what to do, and the log learns it', async () => {
    trusted(connect('Priya Natarajan'));
    openLate(DIALOGS.upsell('Priya Natarajan'), 300);
    await vi.waitFor(() => expect(bar()).toBeDefined());
    expect(shownText(bar())).toMatch(/No personalised notes left this month.*without a note/);
    expect(sent).toContainEqual(expect.objectContaining({ type: 'page/note-box', remaining: 0 }));
  });

  it('a rail person’s dialog gets nothing, and its Send is recorded for no one', async () => {
    trusted(connect('Jordan Reyes'));
    openLate(DIALOGS.gate('Jordan Reyes'), 300);
    const root = () => document.getElementById('interop-outlet')!.shadowRoot;
    await vi.waitFor(() => expect(root()?.querySelector('[role="alertdialog"]')).toBeTruthy());
    // Nothing to wait for: prove that nothing comes (the helper looks again up to 4 s after a click).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(bar()).toBeUndefined();
    trusted(root()!.querySelector('.artdeco-button--primary')!);
    expect(sent.map((m) => m.type)).not.toContain('page/invite-sent');
  });

  it('a dialog naming this person counts even when the click was elsewhere; Send without a note is recorded', async () => {
    openLate(DIALOGS.gate('Priya Natarajan'), 0);
    trusted(document.body); // the person's click somewhere: the helper looks again
    await vi.waitFor(() => expect(bar()).toBeDefined());
    const root = document.getElementById('interop-outlet')!.shadowRoot!;
    trusted(root.querySelector('.artdeco-button--primary')!);
    expect(sent).toContainEqual(
      expect.objectContaining({ type: 'page/invite-sent', slug: 'priya-natarajan', note: '' }),
    );
  });
});
