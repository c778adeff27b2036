// @vitest-environment happy-dom

import { describe, expect, it, vi } from 'vitest';
import { connectHint, createCard } from '../../src/content/helper-card';
import { createBar } from '../../src/content/note-bar';
import type { Dialog, Scene } from '../../src/content/scene';
import { VERDICTS } from '../../src/core/verdicts';
import type { PageAnswer } from '../../src/messages';
import { trusted, untrusted } from './trusted';

const answer = (over: Partial<PageAnswer> = {}): PageAnswer => ({
  interviewId: 'iv-1',
  interviewerId: 'p-1',
  name: 'Priya Natarajan',
  company: 'Contoso Health',
  verdict: 'send',
  summary: 'Send your request now; ideally by Friday 13 March.',
  reasons: ['Two days have passed since the interview.', 'Your profile is complete.', 'A third reason.'],
  draft: 'Hi Priya, thank you for the conversation about the Product Manager role.',
  limit: 200,
  showHelper: true,
  byName: false,
  ...over,
});

const dialog = (step: Dialog['step'], over: Partial<Dialog> = {}): Dialog => ({
  step,
  root: document.createElement('div'),
  textarea: step === 'note' ? document.createElement('textarea') : null,
  limit: 200,
  remaining: null,
  sendButton: null,
  mine: true,
  ...over,
});

const scene = (over: Partial<Scene> = {}): Scene => ({
  slug: 'priya-natarajan',
  reading: {
    slug: 'priya-natarajan',
    name: 'Priya Natarajan',
    headline: null,
    company: 'Contoso Health',
    degree: '2nd',
    relation: 'can-connect',
    own: false,
  },
  answer: answer(),
  top: document.createElement('section'),
  present: true,
  confirmed: true,
  dismissed: false,
  dialog: null,
  status: '',
  asking: false,
  followed: '',
  canUndo: false,
  ...over,
});

const actions = () => ({
  insert: vi.fn(),
  replace: vi.fn(),
  keep: vi.fn(),
  dismiss: vi.fn(),
  confirm: vi.fn(),
  follow: vi.fn(),
});

function draw(over: Partial<Scene> = {}) {
  const acts = actions();
  const card = createCard(acts);
  card.update(scene(over));
  document.body.append(card.host);
  const { root } = card;
  const visible = (el: Element | null) => !!el && !el.closest('[hidden]');
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
    ) ?? null;
  return { card, root, actions: acts, visible, button };
}

describe('the helper card', () => {
  it('is a plain host with a closed root: the page sees no root, no id, class or attribute', () => {
    const { card } = draw();
    expect(card.host.shadowRoot).toBeNull();
    expect(card.host.tagName).toBe('DIV');
    expect(card.host.attributes).toHaveLength(0);
    expect(card.root.textContent).toContain('Priya Natarajan');
  });

  it('draws a hostile name as plain text, never as markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { root } = draw({
      answer: answer({ name, summary: '<b>bold</b>', reasons: ['<script>x</script>'] }),
    });
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe(name);
    expect(root.textContent).toContain('<b>bold</b>');
    expect(root.textContent).toContain('<script>x</script>');
  });

  it.each([
    ['send', 'Send now'],
    ['wait', 'Wait'],
    ['prepare', 'Prepare your profile'],
    ['sent', 'Request sent'],
    ['connected', 'Connected'],
    ['avoid', 'Better not to connect'],
  ] as const)('is a region named "Connect Coach: <verdict> · <name>" (%s)', (verdict, words) => {
    const { root } = draw({ answer: answer({ verdict }) });
    const region = root.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe(`Connect Coach: ${words} · Priya Natarajan`);
    // The verdict's colour, light and dark, from the table every surface uses.
    const style = (region as HTMLElement).style;
    expect(style.getPropertyValue('--verdict-light')).toBe(VERDICTS[verdict].light);
    expect(style.getPropertyValue('--verdict-dark')).toBe(VERDICTS[verdict].dark);
    expect(root.querySelector('.t')?.textContent).toBe(VERDICTS[verdict].label);
  });

  it('names the person, says the verdict’s summary and at most two reasons', () => {
    const { root } = draw();
    expect(root.textContent).toContain('Send your request now');
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });

  it('adds this month’s note plan for the person as one more line, when there is one', () => {
    const plan = 'Notes this month: 2 left; Priya gets one (closest to the decision).';
    const { root } = draw({ answer: answer({ notePlan: plan }) });
    const lines = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(plan);
  });

  it.each([
    { open: null, shown: false },
    { open: dialog('note'), shown: true },
    { open: dialog('note', { mine: false }), shown: false },
    { open: dialog('gate'), shown: false },
  ])(
    'offers "Insert note" only while this person’s note box is open ($open.step, mine: $open.mine)',
    ({ open, shown }) => {
      const { visible, button, actions } = draw({ dialog: open });
      expect(visible(button('Insert note'))).toBe(shown);
      if (!shown) return;
      untrusted(button('Insert note')!);
      button('Insert note')!.click(); // a page script's click: not the person
      expect(actions.insert).not.toHaveBeenCalled();
      trusted(button('Insert note')!);
      expect(actions.insert).toHaveBeenCalledOnce();
    },
  );

  it('asks before replacing what the person typed: Replace or Keep mine, in our own UI', () => {
    const { root, visible, button, actions } = draw({ dialog: dialog('note'), asking: true });
    expect(visible(button('Insert note'))).toBe(false);
    expect(root.textContent).toMatch(/Replace what you typed in LinkedIn’s box/);
    trusted(button('Replace')!);
    trusted(button('Keep mine')!);
    expect(actions.replace).toHaveBeenCalledOnce();
    expect(actions.keep).toHaveBeenCalledOnce();
  });

  it('on LinkedIn’s email gate says they ask for the email, that we never type it, and what to do', () => {
    const { root } = draw({ dialog: dialog('email') });
    expect(root.textContent).toMatch(/asks for their email/);
    expect(root.textContent).toMatch(/Connect Coach never types it/);
    expect(root.textContent).toMatch(/connect once they reply/);
    expect(draw({ dialog: dialog('email', { mine: false }) }).root.textContent).not.toMatch(/email/);
  });

  it('for a match by name, asks once and shows no advice and no Insert until the person answers', () => {
    const { root, visible, button, actions } = draw({
      answer: answer({ byName: true }),
      confirmed: false,
      dialog: dialog('note'),
    });
    expect(root.textContent).toContain('Is this Priya Natarajan from your Contoso Health interview?');
    expect(visible(root.querySelector('ul'))).toBe(false);
    expect(visible(button('Insert note'))).toBe(false);
    expect(root.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(
      'Connect Coach: Is this them? · Priya Natarajan',
    );
    button('Yes, that’s them')!.click();
    expect(actions.confirm).not.toHaveBeenCalled();
    trusted(button('Yes, that’s them')!);
    trusted(button('No')!);
    expect(actions.confirm.mock.calls).toEqual([[true], [false]]);
  });

  it('has a dismiss button with an accessible name, and every control is a real, focusable button', () => {
    const { root, actions, button } = draw({ dialog: dialog('note') });
    for (const b of root.querySelectorAll('button')) {
      expect(b.getAttribute('aria-label') ?? b.textContent?.trim()).toMatch(/\w/);
      expect(b.tabIndex).toBeGreaterThanOrEqual(0);
    }
    trusted(button('Hide Connect Coach’s advice about Priya Natarajan')!);
    expect(actions.dismiss).toHaveBeenCalledOnce();
  });

  it('offers Snooze (Tomorrow, Next week) and Skip only while a follow-up is due, to trusted presses only', () => {
    const shown = (b: HTMLButtonElement | null) => !!b && !b.closest('[hidden]');
    const notDue = draw();
    expect(shown(notDue.button('Tomorrow'))).toBe(false);
    expect(shown(notDue.button('Skip this person'))).toBe(false);
    const { root, actions, button } = draw({ answer: answer({ due: true }) });
    expect(root.querySelector('[role="group"][aria-label="Snooze"]')?.textContent).toBe(
      'Snooze:TomorrowNext week',
    );
    for (const name of ['Tomorrow', 'Next week', 'Skip this person']) expect(shown(button(name))).toBe(true);
    expect(shown(button('Undo'))).toBe(false);
    button('Tomorrow')!.click(); // a page script's click does nothing
    expect(actions.follow).not.toHaveBeenCalled();
    trusted(button('Tomorrow')!);
    trusted(button('Next week')!);
    trusted(button('Skip this person')!);
    expect(actions.follow.mock.calls).toEqual([['tomorrow'], ['next-week'], ['skip']]);
  });

  it('after Snooze or Skip says the popup’s confirmation, with Undo', () => {
    const { root, actions, button } = draw({
      answer: answer({ due: false }),
      followed: 'No more follow-ups for Priya Natarajan.',
      canUndo: true,
    });
    const status = [...root.querySelectorAll('[role="status"]')].map((s) => s.textContent);
    expect(status).toContain('No more follow-ups for Priya Natarajan.');
    expect(button('Skip this person')!.closest('[hidden]')).not.toBeNull();
    trusted(button('Undo')!);
    expect(actions.follow).toHaveBeenCalledWith('undo');
  });

  it('styles itself for light and dark inside its own shadow root', () => {
    const { root } = draw();
    expect(root.querySelector('style')?.textContent).toContain('prefers-color-scheme:dark');
  });
});

describe('where Connect is', () => {
  it.each([
    [{ relation: 'can-connect' as const, connectAt: 'top-card' as const }, 'Connect is in the top card.'],
    [{ relation: 'can-connect' as const }, ''], // not read: say nothing rather than guess
    [{ relation: 'follow-only' as const, connectAt: 'more' as const }, 'Connect is under More.'],
    [
      { relation: 'follow-only' as const, connectAt: 'none' as const },
      'LinkedIn doesn’t offer Connect here.',
    ],
    [{ relation: 'follow-only' as const }, ''],
    [{ relation: 'pending' as const, connectAt: 'none' as const }, ''],
    [{ relation: 'connected' as const, connectAt: 'none' as const }, ''],
  ])('%o → "%s"', (reading, said) => {
    expect(connectHint(reading)).toBe(said);
  });
});

describe('the note bar in LinkedIn’s dialog', () => {
  const bar = (open: Dialog, over: Partial<Scene> = {}) => {
    const acts = actions();
    const made = createBar(acts);
    made.update(scene({ dialog: open, ...over }));
    const button = made.root.querySelector('button')!;
    return { ...made, acts, button };
  };

  it('says it is Connect Coach’s, offers "Insert note" and says how many notes are left', () => {
    const { root, host, button, acts } = bar(dialog('note', { remaining: 3 }));
    expect(host.shadowRoot).toBeNull();
    expect(host.attributes).toHaveLength(0);
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Connect Coach');
    expect(root.querySelector('[role="group"]')?.textContent).toMatch(/^Connect Coach · /);
    expect(button.textContent).toBe('Insert note');
    expect(button.hidden).toBe(false);
    expect(root.textContent).toContain('3 personalised notes left this month');
    button.click();
    expect(acts.insert).not.toHaveBeenCalled();
    trusted(button);
    expect(acts.insert).toHaveBeenCalledOnce();
  });

  it('on the gate, says where the note goes', () => {
    const { root, button } = bar(dialog('gate'));
    expect(root.textContent).toMatch(/Add a note.*Insert note/);
    expect(button.hidden).toBe(true);
  });

  it('says when no personalised notes are left and what to do instead, without a button', () => {
    const { root, button } = bar(dialog('upsell', { remaining: 0 }));
    expect(button.hidden).toBe(true);
    expect(root.textContent).toMatch(/No personalised notes left this month/);
    expect(root.textContent).toMatch(/without a note.*thank them in a message/);
  });

  it('on the email gate, says what LinkedIn asks and that Connect Coach never types it', () => {
    const { root, button } = bar(dialog('email'));
    expect(button.hidden).toBe(true);
    expect(root.textContent).toMatch(/asks for their email.*never types it/);
  });
});
