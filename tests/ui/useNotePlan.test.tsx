// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type Interview, InterviewSchema } from '../../src/core/model';
import { planNotes } from '../../src/core/planner/plan-notes';
import { notesLeftWords, useNotePlan } from '../../src/ui/useNotePlan';
import { local, settingsWith } from '../core/rules/build';

afterEach(cleanup);

const NOW = new Date(2026, 2 /* Mar */, 12, 10);
const interviews: Interview[] = [
  InterviewSchema.parse({
    id: 'acme',
    company: 'Acme',
    role: 'Product Designer',
    at: local(2026, 2, 9, 14),
    interviewers: [
      { id: 'dana', name: 'Dana Lee', role: 'recruiter' },
      { id: 'sam', name: 'Sam Ortiz', role: 'hiring-manager' },
    ],
  }),
];
const settings = settingsWith({});

/** Shows what the hook answers: "none yet", or the plan's people in order. */
function Shown() {
  const plan = useNotePlan({ interviews, settings, now: NOW });
  return <p>{plan ? plan.plan.map((item) => item.interviewerId).join(' ') : 'none yet'}</p>;
}

describe('useNotePlan: the popup’s and the Follow-ups page’s one note plan', () => {
  it('renders first without the plan, then with planNotes’s own answer', async () => {
    render(<Shown />);
    expect(screen.getByText('none yet')).toBeTruthy();
    const expected = planNotes({ interviews, settings, now: NOW }).plan.map((item) => item.interviewerId);
    expect(expected.length).toBeGreaterThan(0);
    expect(await screen.findByText(expected.join(' '))).toBeTruthy();
  });
});

describe('notesLeftWords', () => {
  it.each([
    [0, '0 personalised notes left this month'],
    [1, '1 personalised note left this month'],
    [5, '5 personalised notes left this month'],
  ])('%i → %s', (left, words) => {
    expect(notesLeftWords(left)).toBe(words);
  });
});
