// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Advice, Verdict } from '../../src/core/rules/types';
import { VerdictCard, verdictLine } from '../../src/ui/VerdictCard';

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
    ['prepare', 'Prepare first'],
    ['wait', 'Wait'],
    ['sent', 'Invitation sent'],
    ['connected', 'Connected'],
    ['avoid', 'Hold off'],
  ] as const)('%s → “%s”', (verdict, label) => {
    render(<VerdictCard advice={advice(verdict)} now={new Date(2026, 2, 11, 10)} />);
    const badge = document.querySelector('.verdict-badge')!;
    expect(badge.textContent).toBe(label);
    expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe(verdict);
  });
});

describe('one line says what to do and when', () => {
  it.each([
    [
      'send inside the ideal days',
      advice('send'),
      new Date(2026, 2, 11, 10),
      'Send your request now, ideally by Sat 14 Mar, 14:00.',
    ],
    ['send after the ideal date', advice('send'), new Date(2026, 2, 20, 10), 'Send your request now.'],
    ['wait for the window', advice('wait'), new Date(2026, 2, 9, 18), 'Wait until Tue 10 Mar, 14:00.'],
    [
      'prepare the profile',
      advice('prepare'),
      new Date(2026, 2, 11),
      'The window is open: finish your profile first, then send.',
    ],
    [
      'an invitation out',
      advice('sent'),
      new Date(2026, 2, 12),
      'Your invitation is out: there is nothing to do but wait.',
    ],
    [
      'connected, a touch later',
      advice('connected', { nextTouchAt: new Date(2026, 5, 1, 9) }),
      new Date(2026, 3, 1),
      'You are connected: next light touch from Mon 1 Jun, 09:00.',
    ],
    [
      'connected, a touch due',
      advice('connected', { nextTouchAt: new Date(2026, 2, 20, 9) }),
      new Date(2026, 2, 21),
      'You are connected: a light touch is due now.',
    ],
    [
      'connected, stop messaging',
      advice('connected'),
      new Date(2026, 2, 21),
      'You are connected: no message is needed for now.',
    ],
    [
      'hold off',
      advice('avoid', { opensAt: null, idealBy: null, lateAfter: null }),
      new Date(2026, 2, 11),
      'Better not to send a request for now.',
    ],
  ])('%s', (_, given, now, line) => {
    expect(verdictLine(given, now)).toBe(line);
    render(<VerdictCard advice={given} now={now} />);
    expect(screen.getByText(line)).toBeTruthy();
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
