// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { summarise } from '../../src/core/rules/summary';
import type { Advice, Verdict } from '../../src/core/rules/types';
import { VERDICTS } from '../../src/core/verdicts';
import { VerdictCard } from '../../src/ui/VerdictCard';

afterEach(cleanup);

// An interview on Monday 9 March 2026 at 14:00, local time.
const opensAt = new Date(2026, 2 /* Mar */, 10, 14);
const idealBy = new Date(2026, 2, 14, 14);
const lateAfter = new Date(2026, 2, 30, 14);

function advice(verdict: Verdict, extra: Partial<Advice> = {}): Advice {
  return {
    verdict,
    opensAt,
    idealBy,
    lateAfter,
    nextTouchAt: null,
    tone: 'thanks',
    reasons: [{ code: 'window-role', text: 'Recruiters are glad to connect a day after an interview.' }],
    ...extra,
  };
}

describe('the badge says the verdict in words, not only in colour', () => {
  it.each([
    ['send', 'Send now'],
    ['prepare', 'Prepare your profile'],
    ['wait', 'Wait'],
    ['sent', 'Request sent'],
    ['connected', 'Connected'],
    ['avoid', 'Better not to connect'],
  ] as const)('%s → “%s”', (verdict, label) => {
    render(<VerdictCard advice={advice(verdict)} now={new Date(2026, 2, 11, 10)} />);
    const badge = document.querySelector('.verdict-badge')!;
    expect(badge.textContent).toBe(label);
    const card = document.querySelector<HTMLElement>('[data-verdict]')!;
    expect(card.getAttribute('data-verdict')).toBe(verdict);
    // The colour is the shared table's, for both schemes.
    expect(card.getAttribute('style')).toContain(VERDICTS[verdict].light);
    expect(card.getAttribute('style')).toContain(VERDICTS[verdict].dark);
  });
});

describe('one line says what to do and when, the same sentence every surface uses', () => {
  it.each([
    ['send inside the ideal days', advice('send'), new Date(2026, 2, 11, 10)],
    ['send after the ideal date', advice('send'), new Date(2026, 2, 20, 10)],
    ['wait for the window', advice('wait'), new Date(2026, 2, 9, 18)],
    ['an invitation out', advice('sent'), new Date(2026, 2, 12)],
    [
      'connected, a touch later',
      advice('connected', { nextTouchAt: new Date(2026, 5, 1, 9) }),
      new Date(2026, 3, 1),
    ],
    ['hold off', advice('avoid', { opensAt: null, idealBy: null, lateAfter: null }), new Date(2026, 2, 11)],
  ])('%s', (_, given, now) => {
    render(<VerdictCard advice={given} now={now} />);
    expect(document.querySelector('.verdict-line')?.textContent).toBe(summarise(given, now));
  });

  it('says when it is late rather than a plain "send now"', () => {
    render(<VerdictCard advice={advice('send', { tone: 'late' })} now={new Date(2026, 3, 20)} />);
    expect(document.querySelector('.verdict-line')?.textContent).toBe(
      'Send your request now: it is late now, so remind them when you met.',
    );
  });
});

describe('the reasons', () => {
  it('are listed in the order the rules gave, under an accessible name', () => {
    const reasons = [
      { code: 'profile-incomplete', text: 'Your profile still lacks a photo.' },
      { code: 'window-role', text: 'Hiring managers appreciate a few days.' },
    ];
    render(<VerdictCard advice={advice('prepare', { reasons })} now={new Date(2026, 2, 12)} />);
    const list = screen.getByRole('list', { name: 'Why' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(reasons.map((r) => r.text));
  });

  it('show text from the log as text, wrapping even without spaces', () => {
    const hostile = `<b>Priya</b>${'x'.repeat(10_000)}`;
    render(
      <VerdictCard
        advice={advice('send', { reasons: [{ code: 'pending', text: hostile }] })}
        now={opensAt}
      />,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe(hostile);
    expect(item.querySelector('b')).toBeNull();
    expect(item.classList.contains('user-text')).toBe(true);
  });
});
