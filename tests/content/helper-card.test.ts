// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { type CardState, connectHint, createCard } from '../../src/content/helper-card';
import { createBar } from '../../src/content/note-bar';
import type { PageAnswer } from '../../src/messages';

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

function draw(state: Partial<CardState> = {}) {
  const actions = { insert: vi.fn(), dismiss: vi.fn() };
  const card = createCard(actions);
  card.update({
    answer: answer(),
    reading: { relation: 'can-connect' },
    noteBox: false,
    status: '',
    ...state,
  });
  document.body.append(card.host);
  const root = card.host.shadowRoot!;
  const visible = (el: Element | null) => !!el && !el.closest('[hidden]');
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
    ) ?? null;
  return { card, root, actions, visible, button };
}

describe('the helper card', () => {
  it('draws a hostile name as plain text, never as markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { root } = draw({
      answer: answer({ name, summary: '<b>bold</b>', reasons: ['<script>x</script>'] }),
    });
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe(name);
    expect(root.textContent).toContain('<b>bold</b>');
    expect(root.textContent).toContain('<script>x</script>');
  });

  it('marks its host for the page and for tests: data-connect-coach and the current data-verdict', () => {
    const { card } = draw();
    expect(card.host.hasAttribute('data-connect-coach')).toBe(true);
    expect(card.host.dataset.verdict).toBe('send');
    card.update({
      answer: answer({ verdict: 'sent' }),
      reading: { relation: 'pending' },
      noteBox: false,
      status: '',
    });
    expect(card.host.dataset.verdict).toBe('sent');
  });

  it('names the person, says the verdict’s summary and at most two reasons', () => {
    const { root } = draw();
    expect(root.textContent).toContain('Priya Natarajan');
    expect(root.textContent).toContain('Send your request now');
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });

  it.each([
    { noteBox: false, shown: false },
    { noteBox: true, shown: true },
  ])('offers "Insert note" only while the note box is open (open: $noteBox)', ({ noteBox, shown }) => {
    const { visible, button, actions } = draw({ noteBox });
    expect(visible(button('Insert note'))).toBe(shown);
    if (shown) {
      button('Insert note')!.click();
      expect(actions.insert).toHaveBeenCalledOnce();
    }
  });

  it('has a dismiss button with an accessible name, and every control is a real, focusable button', () => {
    const { root, actions, button } = draw({ noteBox: true });
    for (const b of root.querySelectorAll('button')) {
      expect(b.getAttribute('aria-label') ?? b.textContent?.trim()).toMatch(/\w/);
      expect(b.tabIndex).toBeGreaterThanOrEqual(0);
    }
    button('Hide Connect Coach’s advice about Priya Natarajan')!.click();
    expect(actions.dismiss).toHaveBeenCalledOnce();
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
  it('offers "Insert note" and says how many notes are left', () => {
    const insert = vi.fn();
    const bar = createBar(insert);
    bar.update({ usedUp: false, remaining: 3, status: '' });
    const root = bar.host.shadowRoot!;
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Insert note');
    expect(button.hidden).toBe(false);
    expect(root.textContent).toContain('3 personalised notes left this month');
    button.click();
    expect(insert).toHaveBeenCalledOnce();
  });

  it('says when no personalised notes are left and what to do instead, without a button', () => {
    const bar = createBar(() => {});
    bar.update({ usedUp: true, remaining: 0, status: '' });
    const root = bar.host.shadowRoot!;
    expect(root.querySelector('button')!.hidden).toBe(true);
    expect(root.textContent).toMatch(/No personalised notes left this month/);
    expect(root.textContent).toMatch(/without a note.*thank them in a message/);
  });
});
