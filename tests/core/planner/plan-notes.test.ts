/**
 * planNotes(): who gets this month's scarce personalised notes. The log is Thursday 12 March 2026 at
 * 10:00 local: Acme's interview was Monday 9 March at 14:00 (a recruiter, a hiring manager, a panel member,
 * an executive), Globex's Wednesday 11 March at 10:00 (a hiring manager).
 */
import { describe, expect, it } from 'vitest';
import { type Interview, InterviewSchema, type SettingsInput } from '../../../src/core/model';
import { notePlanLine, planNotes } from '../../../src/core/planner/plan-notes';
import { local, settingsWith } from '../rules/build';

const mar = (day: number, hour = 0) => new Date(2026, 2 /* Mar */, day, hour);
const NOW = mar(12, 10);

const interview = (input: Record<string, unknown>): Interview =>
  InterviewSchema.parse({ role: 'Product Designer', topics: ['the design system'], ...input });

const log = (): Interview[] => [
  interview({
    id: 'acme',
    company: 'Acme',
    at: local(2026, 2, 9, 14),
    interviewers: [
      { id: 'dana', name: 'Dana Lee', role: 'recruiter' },
      { id: 'sam', name: 'Sam Ortiz', role: 'hiring-manager' },
      { id: 'pat', name: 'Pat Kim', role: 'panel' },
      { id: 'bo', name: 'Bo Li', role: 'executive' },
    ],
  }),
  interview({
    id: 'globex',
    company: 'Globex',
    at: local(2026, 2, 11, 10),
    interviewers: [{ id: 'ana', name: 'Ana Ruiz', role: 'hiring-manager' }],
  }),
];

const plan = (settings: SettingsInput = {}, interviews = log(), now = NOW) =>
  planNotes({ interviews, settings: settingsWith(settings), now });

const order = (result: ReturnType<typeof plan>) =>
  result.plan.map((item) => `${item.interviewerId}${item.withNote ? '+' : '-'}`);

describe('planNotes(): who gets a personalised note this month', () => {
  it('ranks by closeness to the decision, then by the best moment that ends first', () => {
    // Sam's best moment ends Monday 16 March, Ana's (interviewed two days later) Wednesday 18 March.
    expect(order(plan({ notesPerMonth: 3 }))).toEqual(['sam+', 'ana+', 'bo+', 'pat-', 'dana-']);
  });

  it('says why in words: the role, the place in the month and when the best moment ends', () => {
    const [first, , , fourth] = plan({ notesPerMonth: 3 }).plan;
    expect(first?.reason).toBe(
      'A personal note for Sam (note 1 of the 3 left this month): as the hiring manager, Sam is closest to the decision; the best moment ends Monday 16 March.',
    );
    expect(fourth?.reason).toMatch(
      /^Your 3 notes go to people closer to the decision or whose moment ends sooner: send without a note and thank Pat by message once they accept\.$/,
    );
  });

  it('counts the notes sent since the 1st against the allowance', () => {
    const interviews = log();
    const withNote = { state: 'sent', at: local(2026, 2, 2, 9), note: 'Hi, thank you…' } as const;
    const lastMonth = { state: 'accepted', at: local(2026, 1, 27, 9), note: 'Hi, thank you…' } as const;
    const noNote = { state: 'sent', at: local(2026, 2, 3, 9) } as const;
    interviews.push(
      interview({
        id: 'old',
        company: 'Initech',
        at: local(2026, 1, 20, 10),
        interviewers: [
          { id: 'x', name: 'X Y', invite: withNote },
          { id: 'y', name: 'Y Z', invite: withNote },
          { id: 'z', name: 'Z A', invite: lastMonth },
          { id: 'w', name: 'W B', invite: noNote },
        ],
      }),
    );
    expect(plan({}, interviews).notesLeft).toBe(3);
  });

  it('trusts LinkedIn\'s own "N remaining" when seen this month, less the notes sent since', () => {
    const interviews = log();
    const seenAt = local(2026, 2, 5, 9);
    interviews[0]!.interviewers[0]!.invite = {
      state: 'sent',
      at: local(2026, 2, 6, 9),
      note: 'Hi Dana, thanks.',
    };
    expect(plan({ noteQuota: { remaining: 2, seenAt } }, interviews).notesLeft).toBe(1);
    // Seen last month: the allowance applies again, less this month's one note.
    const lastMonth = { remaining: 0, seenAt: local(2026, 1, 25, 9) };
    expect(plan({ noteQuota: lastMonth }, interviews).notesLeft).toBe(4);
  });

  it('with none left: everyone sends without a note, and those whose best moment outlasts the month may wait', () => {
    const result = plan({ noteQuota: { remaining: 0, seenAt: local(2026, 2, 10, 9) } }, log(), mar(28, 10));
    expect(result.notesLeft).toBe(0);
    expect(result.plan.every((item) => !item.withNote)).toBe(true);
    expect(result.plan[0]?.reason).toMatch(/^No personalised notes left this month: send without a note/);
    // Late in March, Sam's best moment (16 March) has passed: no "wait for new notes".
    expect(result.plan[0]?.reason).not.toMatch(/wait for new notes/);
    const lateInMonth = interview({
      id: 'late',
      company: 'Hooli',
      at: local(2026, 2, 27, 10),
      interviewers: [{ id: 'lo', name: 'Lo Wu', role: 'recruiter' }],
    });
    const later = plan({ notesPerMonth: 0 }, [lateInMonth], mar(28, 12));
    expect(later.plan[0]?.reason).toMatch(/or wait for new notes on Wednesday 1 April, still in good time/);
  });

  it('leaves out whoever is not due this month: invitations out, connections, avoid, windows opening next month', () => {
    const interviews = log();
    const [acme] = interviews;
    acme!.interviewers[0]!.invite = { state: 'sent', at: local(2026, 2, 10, 15) };
    acme!.interviewers[2]!.invite = { state: 'accepted', at: local(2026, 2, 12, 9) };
    interviews.push(
      interview({
        id: 'next-month',
        company: 'Umbrella',
        at: local(2026, 2, 31, 10),
        interviewers: [{ id: 'nm', name: 'Nia Mo' }],
      }),
      interview({
        id: 'discouraged',
        company: 'Vandelay',
        at: local(2026, 2, 9, 10),
        connectionPolicy: 'discouraged',
        interviewers: [{ id: 'vd', name: 'Val Du' }],
      }),
    );
    expect(order(plan({}, interviews))).toEqual(['sam+', 'ana+', 'bo+']);
  });

  it('someone already thanked by email comes after an equally close person who was not', () => {
    const interviews = log();
    interviews[0]!.interviewers[1]!.thankYouEmailAt = local(2026, 2, 9, 18);
    const result = plan({ notesPerMonth: 1 }, interviews);
    expect(order(result).slice(0, 2)).toEqual(['ana+', 'sam-']);
    expect(result.plan[1]?.reason).toMatch(/You already thanked Sam by email\.$/);
  });

  it('on Premium everyone gets a note and nothing is rationed', () => {
    const result = plan({ accountTier: 'premium', notesPerMonth: 0 });
    expect(result.notesLeft).toBeNull();
    expect(result.plan.every((item) => item.withNote)).toBe(true);
    expect(notePlanLine(result, 'acme', 'sam')).toBeNull();
  });

  it('gives the card one line for the person on the page, or null when they are not in the plan', () => {
    const result = plan({ notesPerMonth: 1 });
    expect(notePlanLine(result, 'acme', 'sam')).toMatch(/^A personal note for Sam \(note 1 of the 1 left/);
    expect(notePlanLine(result, 'acme', 'dana')).toMatch(/^Your last note goes to people closer/);
    expect(notePlanLine(result, 'acme', 'nobody')).toBeNull();
  });
});
