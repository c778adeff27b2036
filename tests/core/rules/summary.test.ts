import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/core/rules/summary';
import type { Advice } from '../../../src/core/rules/types';

/** Tuesday 10 March 2026, noon where the person is (local time, so the table holds in every time zone). */
const now = new Date(2026, 2, 10, 12);
const advice = (overrides: Partial<Advice>): Advice => ({
  verdict: 'send',
  opensAt: null,
  idealBy: null,
  lateAfter: null,
  nextTouchAt: null,
  tone: 'thanks',
  reasons: [],
  ...overrides,
});

describe("the verdict in one sentence, with its day in the person's time", () => {
  const cases: Array<[string, Partial<Advice>, string]> = [
    [
      'send, with the ideal day ahead',
      { idealBy: new Date(2026, 2, 13, 9) },
      'Send your request now — ideally by Friday 13 March.',
    ],
    [
      'send, the ideal day passed',
      { idealBy: new Date(2026, 2, 9, 9) },
      'Send your request now: the ideal days have passed, so don’t wait longer.',
    ],
    [
      'send, six weeks late: it says so',
      { idealBy: new Date(2026, 0, 30, 9), lateAfter: new Date(2026, 1, 16, 9), tone: 'late' },
      'Send your request now: it is late now, so remind them when you met.',
    ],
    [
      'wait for the window',
      { verdict: 'wait', opensAt: new Date(2026, 2, 12, 9) },
      'Wait until Thursday 12 March, 09:00.',
    ],
    [
      'wait into next year',
      { verdict: 'wait', opensAt: new Date(2027, 0, 4, 9) },
      'Wait until Monday 4 January 2027, 09:00.',
    ],
    [
      'prepare the profile first',
      { verdict: 'prepare', idealBy: new Date(2026, 2, 13, 9) },
      'The moment has come: give your own profile a quick polish first, then send — ideally by Friday 13 March.',
    ],
    ['an invitation out', { verdict: 'sent' }, 'Your request is on its way: leave them time to accept it.'],
    [
      'connected, a touch ahead',
      { verdict: 'connected', nextTouchAt: new Date(2026, 5, 8, 9) },
      "You're connected: a short, friendly message would fit around Monday 8 June.",
    ],
    [
      'connected, a touch due',
      { verdict: 'connected', nextTouchAt: new Date(2026, 2, 9, 9) },
      "You're connected: a short, friendly message would fit now.",
    ],
    [
      'connected, nothing to send',
      { verdict: 'connected' },
      "You're connected: no need to write again for now.",
    ],
    ['better not', { verdict: 'avoid' }, 'Better not to send a request for now.'],
    [
      'better not: they declined',
      { verdict: 'avoid', reasons: [{ code: 'declined', text: 'Dana declined.' }] },
      'They declined your invitation: let it rest.',
    ],
    [
      'better not: the company asked candidates to wait',
      { verdict: 'avoid', reasons: [{ code: 'policy-discouraged', text: 'Acme prefers…' }] },
      'The company asked candidates not to connect while it decides: wait for its answer.',
    ],
  ];
  it.each(cases)('%s', (_situation, given, sentence) => {
    expect(summarise(advice(given), now)).toBe(sentence);
  });
});
