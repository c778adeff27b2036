// @vitest-environment happy-dom
/**
 * The invitation, whatever its step and layout, and whom it is for. The tests press LinkedIn's buttons as
 * the person would (the stand-ins' own script answers); the code under test only reads.
 */
import { afterAll, describe, expect, test } from 'vitest';
import {
  connectActionOf,
  findInvitation,
  type Invitation,
  invitationIsFor,
  isSendButton,
} from '../../src/linkedin';
import { addNoteButton, closeAll, configOf, open, personOf } from './pages';

afterAll(closeAll);

type Page = ReturnType<typeof open>;
const fake = (page: Page) =>
  (page.window as unknown as { fakeLinkedIn: { dialogFor: string | null; sent: { to: string }[] } })
    .fakeLinkedIn;

/** The top card's Connect (a link in 2026, a button with Connect's icon in Ember). */
const cardConnect = (document: Document) =>
  document.querySelector<HTMLElement>(
    '#profile a[href*="/preload/custom-invite/"], #profile button:has(svg[data-test-icon="connect-small"])',
  )!;

/** Presses Connect and waits for the gate, however late it mounts. */
async function pressConnect(page: Page, connect = cardConnect(page.document)): Promise<Invitation> {
  connect.click();
  await page.window.happyDOM.waitUntilComplete();
  return findInvitation(page.document)!;
}

const label = (element: Element | null | undefined) => element?.getAttribute('aria-label');

describe('the gate, "Add a note to your invitation?"', () => {
  test.each([
    // page, the root's role (null: aria-modal="true" only), buttons
    ['ember-connect.html', 'dialog', 3], // Dismiss in the header, Add a note, Send without a note
    ['sdui-connect.html', 'alertdialog', 2],
    ['sdui-fr-connect.html', null, 2],
    ['ember-hashed-connect.html', 'alertdialog', 3], // mounts 1.5 s late
    ['sdui-h1-connect.html', null, 3], // aria-modal only, 2 s late
  ] as const)('%s: role %s, %i buttons', async (file, role, buttons) => {
    const page = open(file, { run: true });
    const person = personOf(file);
    const gate = await pressConnect(page);
    expect(gate).toMatchObject({ step: 'gate', noteBox: null, slug: null, name: person.name });
    expect(gate.dialog.getAttribute('role')).toBe(role);
    expect(gate.dialog.querySelectorAll('button')).toHaveLength(buttons);
    expect(label(gate.sendButton)).toMatch(/^(Send without a note|Envoyer sans note)$/);
    expect(isSendButton(gate.sendButton!)).toBe(true);
    expect(isSendButton(addNoteButton(gate.dialog)!)).toBe(false);
    expect(invitationIsFor(gate, person)).toBe(true);
    expect(invitationIsFor(gate, { slug: 'someone-else', name: 'Someone Else' })).toBe(false);
  });

  test('a late gate is not there until it mounts', async () => {
    const page = open('sdui-h1-connect.html', { run: true });
    cardConnect(page.document).click();
    expect(findInvitation(page.document)).toBeNull();
    await page.window.happyDOM.waitUntilComplete();
    expect(findInvitation(page.document)?.step).toBe('gate');
  });

  test.each(['sdui-follow-more.html', 'ember-follow-more.html'])(
    '%s: Connect under More; the gate mounts after the menu has closed',
    async (file) => {
      const page = open(file, { run: true });
      const { document } = page;
      document.querySelector<HTMLElement>('#profile button[aria-expanded]')!.click();
      const item = document.querySelector<HTMLElement>(
        '[role="menu"] a[href*="/preload/custom-invite/"], #profile .artdeco-dropdown__content [aria-label^="Invite "]',
      )!;
      expect(connectActionOf(item)).toEqual({ slug: personOf(file).slug, name: personOf(file).name });
      const gate = await pressConnect(page, item);
      expect(document.querySelector('[role="menu"]')).toBeNull();
      expect(gate.step).toBe('gate');
      expect(invitationIsFor(gate, personOf(file))).toBe(true);
    },
  );
});

describe('the note step, the email gate, the upsell', () => {
  test.each(['sdui-connect.html', 'ember-connect.html', 'sdui-fr-connect.html'])(
    '%s: the note step',
    async (file) => {
      const page = open(file, { run: true });
      addNoteButton((await pressConnect(page)).dialog)!.click();
      const note = findInvitation(page.document)!;
      expect(note.step).toBe('note');
      expect(note.noteBox?.textarea.id).toBe('custom-message');
      expect(note.noteBox?.limit).toBe(configOf(file).tier === 'premium' ? 300 : 200);
      expect(label(note.sendButton)).toMatch(/^(Send invitation|Envoyer l’invitation)$/);
      expect(isSendButton(note.sendButton!)).toBe(true);
      expect(invitationIsFor(note, personOf(file))).toBe(true);
    },
  );

  test.each(['sdui-email-gate.html', 'ember-email-gate.html'])(
    '%s: the email gate; its Send sends only once an email is typed',
    async (file) => {
      const page = open(file, { run: true });
      const gate = await pressConnect(page);
      expect(gate.step).toBe('email');
      expect(gate.sendButton?.getAttribute('aria-disabled')).toBe('true');
      expect(isSendButton(gate.sendButton!)).toBe(false); // a press does nothing: nothing to record
      const input = gate.dialog.querySelector('input')!;
      input.value = 'noah@example.com'; // the person types it; Connect Coach never does
      input.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
      expect(isSendButton(findInvitation(page.document)!.sendButton!)).toBe(true);
      expect(invitationIsFor(gate, personOf(file))).toBe(true);
    },
  );

  test.each(['sdui-notes-used-up.html', 'ember-notes-used-up.html'])('%s: the upsell', async (file) => {
    const page = open(file, { run: true });
    addNoteButton((await pressConnect(page)).dialog)!.click();
    const upsell = findInvitation(page.document)!;
    expect(upsell).toMatchObject({ step: 'upsell', noteBox: null });
    expect(upsell.dialog.querySelector('a[href^="/premium/"]')).not.toBeNull();
    expect(label(upsell.sendButton)).toBe('Send without a note');
    expect(invitationIsFor(upsell, personOf(file))).toBe(true);
  });

  test('a dialog that is not an invitation is none', () => {
    const { document } = open('ember-connect.html', { run: true });
    const outlet = document.getElementById('artdeco-modal-outlet')!;
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(Object.assign(document.createElement('button'), { ariaLabel: 'Dismiss' }));
    outlet.append(dialog);
    expect(findInvitation(document)).toBeNull();
  });
});

describe('whose dialog it is', () => {
  test.each(['ember-connect.html', 'sdui-connect.html'])(
    '%s: a rail person’s Connect opens a dialog for them, not for this person',
    async (file) => {
      const page = open(file, { run: true });
      const person = personOf(file);
      const rail = configOf(file).people['jordan-reyes']!;
      const button = page.document.querySelector<HTMLElement>(
        `aside [aria-label="Invite ${rail.name} to connect"]`,
      )!;
      expect(connectActionOf(button)).toEqual({ slug: rail.slug, name: rail.name });
      const gate = await pressConnect(page, button);
      expect(fake(page).dialogFor).toBe(rail.slug);
      expect(gate.name).toBe(rail.name);
      expect(invitationIsFor(gate, person)).toBe(false);
      expect(invitationIsFor(gate, rail)).toBe(true);
      gate.sendButton!.click();
      expect(fake(page).sent).toEqual([expect.objectContaining({ to: rail.slug })]);
    },
  );

  test.each(['ember-connect.html', 'sdui-connect.html'])(
    '%s: the top card’s and the sticky header’s Connect are this person’s',
    (file) => {
      const { document } = open(file);
      const { slug, name } = personOf(file);
      const all = [...document.querySelectorAll(`[aria-label="Invite ${name} to connect"]`)];
      expect(all.length).toBe(2); // the sticky header's first, then the card's
      for (const action of all) expect(connectActionOf(action)).toEqual({ slug, name });
      // Pressing the icon inside counts as pressing the button.
      expect(connectActionOf(all[1]!.querySelector('svg')!)).toEqual({ slug, name });
    },
  );

  test('Follow, Message, More and Pending are not Connect', () => {
    for (const file of ['sdui-pending.html', 'ember-follow-more.html', 'sdui-connected.html']) {
      const { document } = open(file);
      for (const action of document.querySelectorAll('#profile button, #profile a'))
        if (!/Invite /.test(action.getAttribute('aria-label') ?? ''))
          expect(connectActionOf(action), `${file}: ${label(action)}`).toBeNull();
    }
  });

  test('a dialog that names no one is undecided', async () => {
    const page = open('sdui-connect.html', { run: true });
    const gate = await pressConnect(page);
    for (const named of gate.dialog.querySelectorAll('strong')) named.replaceWith('them');
    const unnamed = findInvitation(page.document)!;
    expect(unnamed).toMatchObject({ slug: null, name: null });
    expect(invitationIsFor(unnamed, { slug: 'priya-natarajan', name: 'Someone Else' })).toBeNull();
  });
});
