/**
 * planFollowUps(): the whole log as one list of next actions, soonest first. The log below is a real
 * Saturday, 14 March 2026 at noon, for a person with four interviews in flight.
 */
import { describe, expect, it } from 'vitest';
import { type Interview, InterviewSchema } from '../../../src/core/model';
import { advise } from '../../../src/core/rules/advise';
import { planFollowUps } from '../../../src/core/rules/plan';
import { local, settingsWith } from './build';

const mar = (day: number, hour = 0, minute = 0) => new Date(2026, 2 /* Mar */, day, hour, minute);
const NOW = mar(14, 12);

const interview = (input: Record<string, unknown>): Interview =>
  InterviewSchema.parse({ role: 'Product Designer', ...input });

const log: Interview[] = [
  interview({
    id: 'acme',
    company: 'Acme',
    at: local(2026, 2, 9, 14),
    interviewers: [
      { id: 'dana', name: 'Dana Lee', role: 'recruiter' },
      { id: 'sam', name: 'Sam Ortiz', invite: { state: 'sent', at: local(2026, 2, 12, 10) } },
      { id: 'kim', name: 'Kim Park', invite: { state: 'accepted', at: local(2026, 2, 13, 11) } },
      { id: 'lee', name: 'Lee Chan', invite: { state: 'declined', at: local(2026, 2, 13, 12) } },
    ],
  }),
  interview({
    id: 'globex',
    company: 'Globex',
    at: local(2026, 2, 12, 10),
    interviewers: [
      { id: 'ana', name: 'Ana Ruiz' },
      { id: 'bo', name: 'Bo Li', role: 'executive' },
    ],
  }),
  interview({
    id: 'initech',
    company: 'Initech',
    at: local(2026, 2, 10, 10),
    connectionPolicy: 'discouraged',
    interviewers: [{ id: 'cy', name: 'Cy Young' }],
  }),
  interview({
    id: 'umbrella',
    company: 'Umbrella',
    at: local(2026, 2, 2, 14),
    interviewers: [
      { id: 'eve', name: 'Eve Stone' },
      {
        id: 'fay',
        name: 'Fay Wong',
        invite: { state: 'accepted', at: local(2026, 2, 4, 9) },
        touches: [
          { at: local(2026, 2, 5, 9), kind: 'message' },
          { at: local(2026, 2, 12, 9), kind: 'message' },
        ],
      },
    ],
  }),
];

const summary = (plan: ReturnType<typeof planFollowUps>) =>
  plan.map(({ interviewId, interviewerId, kind, dueAt }) => ({
    who: `${interviewId}/${interviewerId}`,
    kind,
    dueAt,
  }));

describe('planFollowUps()', () => {
  it('lists each next action once, soonest first, and nothing for those to leave alone', () => {
    const plan = planFollowUps({ interviews: log, settings: settingsWith(), now: NOW });

    expect(summary(plan)).toEqual([
      // No word for a week after the Umbrella interview: the nudge became due a week after it.
      { who: 'umbrella/eve', kind: 'nudge', dueAt: mar(9, 14) },
      { who: 'acme/dana', kind: 'connect', dueAt: mar(10, 14) },
      // Accepted on Friday: a first thank-you is due from then.
      { who: 'acme/kim', kind: 'check-in', dueAt: mar(13, 11) },
      { who: 'globex/ana', kind: 'connect', dueAt: mar(15, 9) },
      { who: 'globex/bo', kind: 'connect', dueAt: mar(16, 9) },
    ]);
    // Left out: acme/sam (invitation pending: never resend), acme/lee (declined), initech/cy (the company
    // discourages it while the process is open), umbrella/fay (two messages without a reply).
  });

  it('asks to prepare the profile first wherever the window is already open', () => {
    const plan = planFollowUps({
      interviews: log,
      settings: settingsWith({ profile: { photo: true, headline: false, currentRole: false, about: false } }),
      now: NOW,
    });

    expect(summary(plan)).toEqual([
      { who: 'umbrella/eve', kind: 'prepare', dueAt: mar(5, 9) },
      { who: 'acme/dana', kind: 'prepare', dueAt: mar(10, 14) },
      { who: 'acme/kim', kind: 'check-in', dueAt: mar(13, 11) },
      { who: 'globex/ana', kind: 'connect', dueAt: mar(15, 9) },
      { who: 'globex/bo', kind: 'connect', dueAt: mar(16, 9) },
    ]);
  });

  it('carries the same advice advise() gives for each person', () => {
    const settings = settingsWith();
    for (const item of planFollowUps({ interviews: log, settings, now: NOW })) {
      const from = log.find((entry) => entry.id === item.interviewId)!;
      expect(item.advice).toEqual(
        advise({ interview: from, interviewerId: item.interviewerId, settings, now: NOW }),
      );
    }
  });

  it('keeps the log order among actions due at the same moment', () => {
    const panel = (id: string) =>
      interview({
        id,
        company: id,
        at: local(2026, 2, 9, 14),
        interviewers: [
          { id: 'first', name: 'First Person', role: 'panel' },
          { id: 'second', name: 'Second Person', role: 'panel' },
        ],
      });
    const plan = planFollowUps({
      interviews: [panel('zeta'), panel('alpha')],
      settings: settingsWith(),
      now: mar(10),
    });

    expect(plan.map((item) => `${item.interviewId}/${item.interviewerId}`)).toEqual([
      'zeta/first',
      'zeta/second',
      'alpha/first',
      'alpha/second',
    ]);
  });

  it('makes the first action after the reply date they gave a nudge, due the next morning', () => {
    const quiet = interview({
      id: 'hooli',
      company: 'Hooli',
      at: local(2026, 2, 9, 14),
      expectedReplyBy: '2026-03-12',
      interviewers: [{ id: 'gus', name: 'Gus Hale', role: 'recruiter' }],
    });
    const [item] = planFollowUps({ interviews: [quiet], settings: settingsWith(), now: mar(13, 10) });

    expect(item).toMatchObject({ kind: 'nudge', dueAt: mar(13, 9) });
  });

  it('never dates a nudge before the window opens', () => {
    const withdrawn = interview({
      id: 'hooli',
      company: 'Hooli',
      at: local(2026, 2, 2, 14),
      interviewers: [
        { id: 'gus', name: 'Gus Hale', invite: { state: 'withdrawn', at: local(2026, 2, 6, 10) } },
      ],
    });
    const [item] = planFollowUps({ interviews: [withdrawn], settings: settingsWith(), now: mar(20) });

    expect(item).toMatchObject({ kind: 'nudge', dueAt: mar(27, 10) });
    expect(item?.advice.verdict).toBe('wait');
  });

  it('is empty for an empty log', () => {
    expect(planFollowUps({ interviews: [], settings: settingsWith(), now: NOW })).toEqual([]);
  });
});
