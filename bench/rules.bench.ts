/**
 * planFollowUps over a large log: 1,000 interviews × 3 interviewers in every state the rules know (one in
 * two with an email address, so the interviews of the last week bring thank-you emails, some already
 * sent), the whole plan recomputed as the background does on each change. Target: 20 ms median.
 */
import { expect, it } from 'vitest';
import {
  CULTURES,
  INVITE_STATES,
  type Interview,
  InterviewSchema,
  OUTCOMES,
  POLICIES,
  ROLES,
  SettingsSchema,
} from '../src/core/model';
import { planFollowUps } from '../src/core/rules/plan';
import { medianMs, record } from './report';

const DAY_MS = 86_400_000;
const NOW = new Date(2026, 5 /* Jun */, 15, 12);

/** A varied but deterministic log: every role, culture, policy, outcome and invitation state appears. */
function bigLog(count: number): Interview[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(NOW.getTime() - (i % 200) * DAY_MS - (i % 7) * 3_600_000);
    const outcome = OUTCOMES[i % OUTCOMES.length]!;
    return InterviewSchema.parse({
      id: `interview-${i}`,
      company: `Company ${i}`,
      role: 'Engineer',
      at: at.toISOString(),
      culture: CULTURES[i % CULTURES.length],
      connectionPolicy: POLICIES[i % POLICIES.length],
      outcome,
      outcomeAt:
        outcome === 'pending' || i % 2 ? undefined : new Date(at.getTime() + 5 * DAY_MS).toISOString(),
      expectedReplyBy:
        i % 5 === 0 ? new Date(at.getTime() + 10 * DAY_MS).toISOString().slice(0, 10) : undefined,
      interviewers: [0, 1, 2].map((j) => {
        const state = INVITE_STATES[(i + j) % INVITE_STATES.length]!;
        return {
          id: `person-${j}`,
          name: `Person ${i}-${j}`,
          email: (i + j) % 2 ? `person-${i}-${j}@example.com` : undefined,
          thankYouEmailAt: (i + j) % 6 === 1 ? new Date(at.getTime() + 3_600_000).toISOString() : undefined,
          role: ROLES[(i + j) % ROLES.length],
          invite: {
            state,
            at: state === 'none' ? undefined : new Date(at.getTime() + 3 * DAY_MS).toISOString(),
          },
          touches:
            state === 'accepted'
              ? [1, 2, 3].slice(0, (i + j) % 4).map((k) => ({
                  at: new Date(at.getTime() + (5 + 20 * k) * DAY_MS).toISOString(),
                  kind: k % 2 ? 'message' : 'comment',
                  replied: (i + k) % 3 === 0,
                }))
              : [],
        };
      }),
    });
  });
}

it('plans follow-ups for 1,000 interviews × 3 interviewers within 20 ms (median)', async () => {
  const interviews = bigLog(1000);
  const settings = SettingsSchema.parse({ noteQuota: { remaining: 0, seenAt: NOW.toISOString() } });
  const plan = planFollowUps({ interviews, settings, now: NOW });
  expect(plan.length).toBeGreaterThan(500);
  expect(plan.some((item) => item.kind === 'thank-you-email')).toBe(true);

  const ms = await medianMs(() => planFollowUps({ interviews, settings, now: NOW }), 31, 5);
  record('rules', [
    {
      figure: 'planFollowUps, 1,000 interviews × 3 interviewers',
      value: ms,
      unit: 'ms',
      target: 20,
      note: `${plan.length} follow-ups`,
    },
  ]);
  console.log(`planFollowUps median: ${ms.toFixed(2)} ms for ${plan.length} follow-ups`);
});
