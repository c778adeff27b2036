// @vitest-environment happy-dom
/**
 * The Follow-ups page's note plan with a big log: worked out after the first paint, then the first rows
 * in plan order and the rest on request, so a log of hundreds of open windows does not hold up the
 * page's first render.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Interview, InterviewSchema, SettingsSchema } from '../../../src/core/model';
import { planNotes } from '../../../src/core/planner/plan-notes';
import { NotePlan } from '../../../src/options/followups/Extras';
import { FIRST_SHOWN } from '../../../src/options/followups/Group';
import { NOW, sampleInterview } from '../../support/fake-store';

vi.mock('webextension-polyfill', () => import('../../support/polyfill'));
afterEach(cleanup);

/** `count` interviews held yesterday, each with two interviewers whose window is open or opens soon. */
function log(count: number) {
  const interviews = Array.from({ length: count }, (_, i) =>
    InterviewSchema.parse(sampleInterview({ id: `iv-${i}`, company: `Company ${i}` })),
  ).map((interview) => ({ ...interview, revision: 1 }));
  return { interviews, settings: SettingsSchema.parse({}), quarantine: [], problems: [], readOnly: false };
}

const rows = () => document.querySelectorAll('[data-group="note-plan"] .action');
const names = (interviews: Interview[], plan: ReturnType<typeof planNotes>['plan']) =>
  plan.map((item) => {
    const interview = interviews.find((candidate) => candidate.id === item.interviewId)!;
    return interview.interviewers.find((person) => person.id === item.interviewerId)!.name;
  });

describe("this month's note plan", () => {
  it('shows the first rows in plan order after the first paint, and every row after "Show all"', async () => {
    const state = log(40);
    const { plan } = planNotes({ ...state, now: NOW });
    expect(plan.length).toBeGreaterThan(FIRST_SHOWN);
    render(<NotePlan state={state} now={NOW} />);
    // Worked out after the first paint.
    expect(rows()).toHaveLength(0);
    await waitFor(() => expect(rows()).toHaveLength(FIRST_SHOWN));
    const shown = [...rows()].map((row) => row.textContent ?? '');
    names(state.interviews, plan.slice(0, FIRST_SHOWN)).forEach((name, i) => {
      expect(shown[i]).toContain(name);
    });
    fireEvent.click(screen.getByRole('button', { name: `Show all ${plan.length} in this month's notes` }));
    expect(rows()).toHaveLength(plan.length);
  });

  it('a short plan is shown whole, with no button', async () => {
    const state = log(2);
    render(<NotePlan state={state} now={NOW} />);
    const length = planNotes({ ...state, now: NOW }).plan.length;
    expect(length).toBeGreaterThan(0);
    await waitFor(() => expect(rows()).toHaveLength(length));
    expect(screen.queryByRole('button')).toBeNull();
  });
});
