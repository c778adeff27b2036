// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LintFinding } from '../../src/core/notes/types';
import { groupFindings, NoteEditor, noteBlocked } from '../../src/ui/NoteEditor';

afterEach(cleanup);

const noFindings: LintFinding[] = [];

function editor(value: string, extra: Partial<Parameters<typeof NoteEditor>[0]> = {}) {
  const onInput = vi.fn();
  render(<NoteEditor value={value} onInput={onInput} limit={200} findings={noFindings} {...extra} />);
  return { onInput, box: screen.getByLabelText('Your note') as HTMLTextAreaElement };
}

describe('the counter counts the way LinkedIn’s note box does (UTF-16 code units)', () => {
  it.each([
    ['plain words', 'Hi Priya, thank you!', '20 / 200 characters'],
    ['an emoji is two units', 'Thanks 👋', '9 / 200 characters'],
    ['an accent typed as one character', 'Zoë', '3 / 200 characters'],
    ['an accent typed as letter + mark', 'Zoe\u0308', '4 / 200 characters'],
    ['nothing yet', '', '0 / 200 characters'],
  ])('%s', (_, text, shown) => {
    editor(text);
    expect(screen.getByText(shown)).toBeTruthy();
  });

  it('counts against the limit it is given (300 on Premium)', () => {
    editor('x'.repeat(250), { limit: 300 });
    expect(screen.getByText('250 / 300 characters')).toBeTruthy();
    expect(screen.queryByText(/over LinkedIn’s limit/)).toBeNull();
  });
});

describe('a note over the limit is an error the person can see and hear', () => {
  it.each([
    [200, null],
    [201, '1 character over LinkedIn’s limit of 200.'],
    [237, '37 characters over LinkedIn’s limit of 200.'],
  ])('%i characters', (length, message) => {
    const { box } = editor('a'.repeat(length));
    if (message) {
      expect(screen.getByText(message, { exact: false })).toBeTruthy();
      expect(box.getAttribute('aria-invalid')).toBe('true');
    } else {
      expect(screen.queryByText(/over LinkedIn’s limit/)).toBeNull();
      expect(box.getAttribute('aria-invalid')).toBeNull();
    }
  });

  it('does not repeat the checker’s own “too long” beside the counter’s', () => {
    editor('a'.repeat(210), {
      findings: [
        { code: 'too-long', severity: 'error', message: 'This note is longer than LinkedIn allows.' },
      ],
    });
    expect(screen.queryByText('This note is longer than LinkedIn allows.')).toBeNull();
    expect(screen.getByText(/10 characters over/)).toBeTruthy();
  });
});

describe('the checker’s findings are shown in words, errors first, codes hidden', () => {
  const findings: LintFinding[] = [
    { code: 'no-thanks-x1', severity: 'warning', message: 'You might thank them for their time.' },
    { code: 'pushy-x2', severity: 'error', message: 'Asking for a decision puts them on the spot.' },
    { code: 'spell-x3', severity: 'warning', message: 'Check the spelling of “oportunity”.' },
  ];

  it('lists every finding with its severity as text, errors before warnings', () => {
    const { box } = editor('Any news on my application? Thnaks', { findings });
    const list = screen.getByRole('list', { name: 'Checks on your note' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Fix: Asking for a decision puts them on the spot.',
      'Consider: You might thank them for their time.',
      'Consider: Check the spelling of “oportunity”.',
    ]);
    expect(document.body.textContent).not.toMatch(/x1|x2|x3/);
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('announces changes politely and ties them to the textarea', () => {
    const { box } = editor('Hello', { findings });
    const region = document.querySelector('[aria-live="polite"]')!;
    expect(region.textContent).toContain('Asking for a decision');
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(region.id);
  });

  it('with warnings only, the note is not marked invalid', () => {
    const { box } = editor('Hello Priya', { findings: findings.filter((f) => f.severity === 'warning') });
    expect(box.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows nothing while the checker is still loading', () => {
    editor('Hello Priya', { findings: null });
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('editing, tone and wording', () => {
  it('hands every edit to the page', () => {
    const { box, onInput } = editor('Hi');
    fireEvent.input(box, { target: { value: 'Hi Priya' } });
    expect(onInput).toHaveBeenCalledWith('Hi Priya');
  });

  it('offers the tones by name and reports the choice', () => {
    const onTone = vi.fn();
    editor('Hi', { tone: 'thanks', onTone });
    const select = screen.getByLabelText('Tone') as HTMLSelectElement;
    expect(select.value).toBe('thanks');
    fireEvent.change(select, { target: { value: 'nudge' } });
    expect(onTone).toHaveBeenCalledWith('nudge');
  });

  it('offers another wording only when the page can give one', () => {
    const onAnotherWording = vi.fn();
    editor('Hi', { onAnotherWording });
    fireEvent.click(screen.getByRole('button', { name: 'Another wording' }));
    expect(onAnotherWording).toHaveBeenCalledOnce();
    cleanup();
    editor('Hi');
    expect(screen.queryByRole('button', { name: 'Another wording' })).toBeNull();
  });

  it('shows a hostile 10,000-character text as text', () => {
    const text = `<img src=x onerror=alert(1)>${'W'.repeat(9_972)}`;
    const { box } = editor(text, { limit: 300 });
    expect(box.value).toBe(text);
    expect(box.classList.contains('user-text')).toBe(true);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('noteBlocked: what keeps “Insert into LinkedIn” disabled', () => {
  const error: LintFinding = { code: 'placeholder', severity: 'error', message: 'Fill in [topic].' };
  const warning: LintFinding = { code: 'no-name', severity: 'warning', message: 'Use their name.' };
  it.each([
    ['a fine note', 'Hi Priya, thank you.', [], false],
    ['only warnings', 'Thank you for your time.', [warning], false],
    ['an error from the checker', 'Hi [name]', [error], true],
    ['empty', '   ', [], true],
    ['over the limit', 'a'.repeat(201), [], true],
    ['exactly at the limit', 'a'.repeat(200), [], false],
  ])('%s', (_, text, findings, blocked) => {
    expect(noteBlocked(text, 200, findings)).toBe(blocked);
  });
});

describe('one line per finding, pointing at the words', () => {
  it('groups the same finding found in three places and quotes each place', () => {
    const text = 'Please decide soon, please decide, decide now';
    const at = (word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return { start, end: start + word.length };
    };
    const finding = { code: 'pushy', severity: 'error' as const, message: 'Asks for a decision.' };
    const shown = groupFindings(
      [
        { ...finding, span: at('decide soon') },
        { ...finding, span: at('decide', 20) },
        { ...finding, span: at('decide now') },
        { code: 'no-thanks', severity: 'warning', message: 'No thanks.' },
      ],
      text,
    );
    expect(shown).toHaveLength(2);
    expect(shown[0]).toMatchObject({ code: 'pushy', words: ['decide soon', 'decide', 'decide now'] });
    expect(shown[1]).toMatchObject({ code: 'no-thanks', words: [] });
  });
});
