// @vitest-environment happy-dom
import { afterAll, describe, expect, test } from 'vitest';
import {
  findNoteBox,
  insertNote,
  isSendButton,
  quotaUsedUp,
  readProfile,
  sendButtonOf,
} from '../../src/linkedin';
import { addNoteButton, closeAll, configOf, open } from './pages';

afterAll(closeAll);

/** The page's invitation dialog's root: the open shadow root of #interop-outlet (2026), or the document. */
const dialogRoot = (document: Document): Document | ShadowRoot =>
  document.querySelector('#interop-outlet')?.shadowRoot ?? document;

/**
 * Opens a page with its behaviour and goes as a person would: Connect, then "Add a note" (the
 * secondary button of the first step). The test clicks; the code under test never does.
 */
function openNoteStep(file: string) {
  const page = open(file, { run: true });
  const { document } = page;
  const connect = document.querySelector<HTMLElement>(
    '#profile a[href*="/preload/custom-invite/"], #profile button:has(svg[data-test-icon="connect-small"])',
  )!;
  connect.click();
  const root = dialogRoot(document);
  const addNote = addNoteButton(root)!;
  const sendWithout = sendButtonOf(root);
  // Step 1, as the person sees it: "Add a note" and "Send without a note".
  const ask = {
    root,
    noteBox: findNoteBox(document),
    sendWithout: sendWithout?.getAttribute('aria-label'),
    sendWithoutSends: !!sendWithout && isSendButton(sendWithout),
    addNoteSends: isSendButton(addNote),
  };
  addNote.click();
  return { ...page, ask, root: dialogRoot(document) };
}

describe('the note box', () => {
  test.each([
    // page, limit, notes left this month, where the dialog is
    ['sdui-connect.html', 300, null], // Premium: no count shown, in the shadow root
    ['sdui-pending.html', 200, null], // already pending: no dialog to find
    ['ember-connect.html', 200, 5], // free, light DOM
    ['sdui-fr-connect.html', 200, 4], // "Il vous reste 4 invitations personnalisées ce mois-ci."
    ['sdui-drift.html', 200, 5], // the profile can't be read, but the note box still can
  ] as const)('%s: limit %i, %s left', (file, limit, remaining) => {
    if (file === 'sdui-pending.html') {
      const { document } = open(file, { run: true });
      return expect(findNoteBox(document)).toBeNull();
    }
    const page = openNoteStep(file);
    expect(page.ask.noteBox).toBeNull(); // step 1 has no note box
    const box = findNoteBox(page.document);
    expect(box).toEqual({ textarea: page.root.querySelector('textarea'), limit, remaining });
    expect(configOf(file).tier === 'premium' ? 300 : 200).toBe(limit);
  });

  test('the limit comes from the counter when the box has no maxlength', () => {
    const { document, root } = openNoteStep('sdui-connect.html');
    root.querySelector('textarea')!.removeAttribute('maxlength');
    expect(findNoteBox(document)?.limit).toBe(300);
  });

  test('a message box outside a dialog is not the note box', () => {
    const { document } = open('ember-connect.html');
    const elsewhere = document.createElement('textarea');
    elsewhere.name = 'message';
    document.body.append(elsewhere);
    expect(findNoteBox(document)).toBeNull();
  });

  test.each(['sdui-notes-used-up.html', 'ember-notes-used-up.html'])(
    '%s: the upsell instead of the box',
    (file) => {
      const { document } = openNoteStep(file);
      expect(findNoteBox(document)).toBeNull();
      expect(quotaUsedUp(document)).toBe(true);
    },
  );

  test('no upsell, no "used up"', () => {
    const { document } = openNoteStep('ember-connect.html');
    expect(quotaUsedUp(document)).toBe(false);
  });
});

describe('insertNote into LinkedIn’s controlled box', () => {
  const note = 'Hi Priya, thank you for the conversation about the platform role. I enjoyed it.';

  test('the page keeps the inserted note: after a blur, and in what Send sends', () => {
    const { window, document } = openNoteStep('sdui-connect.html');
    const box = findNoteBox(document)!;
    expect(insertNote(box.textarea, note)).toBe(true);
    box.textarea.focus();
    box.textarea.blur(); // the page writes its own copy back on blur
    expect(box.textarea.value).toBe(note);
    expect(box.textarea.parentElement!.textContent).toContain(`${note.length}/300`);
    const send = sendButtonOf(dialogRoot(document))!;
    expect(send.disabled).toBe(false);
    send.click(); // the person's click, played by the test
    const sent = (window as unknown as { fakeLinkedIn: { sent: { to: string; note: string }[] } })
      .fakeLinkedIn.sent;
    expect(sent).toEqual([expect.objectContaining({ to: 'priya-natarajan', note })]);
    expect(readProfile(document, window.location.href)?.relation).toBe('pending');
  });

  test('setting the value alone would be lost on blur (why the input event matters)', () => {
    const { document } = openNoteStep('sdui-connect.html');
    const box = findNoteBox(document)!;
    box.textarea.value = note;
    box.textarea.focus();
    box.textarea.blur();
    expect(box.textarea.value).toBe('');
  });

  test('a note over the limit is refused and the box left as it was', () => {
    const { document } = openNoteStep('ember-connect.html');
    const box = findNoteBox(document)!;
    expect(insertNote(box.textarea, 'x'.repeat(box.limit + 1))).toBe(false);
    expect(box.textarea.value).toBe('');
    expect(insertNote(box.textarea, 'x'.repeat(box.limit))).toBe(true);
  });

  test('a disabled box is refused', () => {
    const { document } = openNoteStep('ember-connect.html');
    const box = findNoteBox(document)!;
    box.textarea.disabled = true;
    expect(insertNote(box.textarea, note)).toBe(false);
  });
});

describe('LinkedIn’s Send, known by its place', () => {
  test.each(['sdui-connect.html', 'ember-connect.html', 'sdui-fr-connect.html'])('%s', (file) => {
    const { document, root, ask } = openNoteStep(file);
    expect(ask.sendWithout).toMatch(
      configOf(file).lang === 'fr' ? /^Envoyer sans note$/ : /^Send without a note$/,
    );
    expect(ask.sendWithoutSends).toBe(true); // "Send without a note" sends too
    expect(ask.addNoteSends).toBe(false);
    const send = sendButtonOf(root)!;
    const buttons = [...root.querySelectorAll('button')];
    expect(send).toBe(buttons.at(-1)); // the last: Cancel, Send
    expect(send.getAttribute('aria-label')).toMatch(/^(Send invitation|Envoyer l’invitation)$/);
    expect(isSendButton(send)).toBe(true);
    expect(isSendButton(send.querySelector('span')!)).toBe(false); // the button itself, not its label
    for (const other of buttons.slice(0, -1)) expect(isSendButton(other)).toBe(false);
    expect(isSendButton(document.querySelector('#profile button')!)).toBe(false);
    expect(ask.root).toBe(root);
  });

  test('no dialog, no Send', () => {
    const { document } = open('sdui-connect.html', { run: true });
    expect(sendButtonOf(dialogRoot(document))).toBeNull();
  });
});
