/**
 * Promises that hold for any log: generated interviews in every state, at any moment, in any of the time
 * zones the suite runs under.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CULTURES,
  type Culture,
  INVITE_STATES,
  type Interview,
  InterviewSchema,
  OUTCOMES,
  POLICIES,
  ROLES,
  type Settings,
  SettingsSchema,
  TOUCH_KINDS,
} from '../../../src/core/model';
import { advise } from '../../../src/core/rules/advise';
import { planFollowUps } from '../../../src/core/rules/plan';
import { REASON_CODES } from '../../../src/core/rules/reasons';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const hoursAfter = (start: Date, hours: number) => new Date(start.getTime() + hours * HOUR);
const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** An interview between 2025 and 2027 in any state, with one interviewer "x", and a moment to ask at. */
const situation = fc
  .record({
    at: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms)),
    culture: fc.constantFrom(...CULTURES),
    connectionPolicy: fc.constantFrom(...POLICIES),
    outcome: fc.constantFrom(...OUTCOMES),
    outcomeAfterHours: fc.option(fc.integer({ min: -48, max: 60 * 24 })),
    replyBy: fc.option(
      fc.record({ afterHours: fc.integer({ min: -120, max: 40 * 24 }), plainDate: fc.boolean() }),
    ),
    role: fc.constantFrom(...ROLES),
    invite: fc.constantFrom(...INVITE_STATES),
    inviteAfterHours: fc.option(fc.integer({ min: 0, max: 80 * 24 })),
    touches: fc.array(
      fc.record({
        afterHours: fc.integer({ min: 0, max: 300 * 24 }),
        kind: fc.constantFrom(...TOUCH_KINDS),
        replied: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    nowAfterMinutes: fc.integer({ min: -5 * 24 * 60, max: 400 * 24 * 60 }),
    weekdaysOnly: fc.boolean(),
    accountTier: fc.constantFrom('free' as const, 'premium' as const),
    profile: fc.record({
      photo: fc.boolean(),
      headline: fc.boolean(),
      currentRole: fc.boolean(),
      about: fc.boolean(),
    }),
    quota: fc.option(
      fc.record({
        remaining: fc.integer({ min: 0, max: 3 }),
        seenAfterHours: fc.integer({ min: 0, max: 60 * 24 }),
      }),
    ),
  })
  .map((g) => {
    const replyAt = g.replyBy ? hoursAfter(g.at, g.replyBy.afterHours) : null;
    const interview: Interview = InterviewSchema.parse({
      id: 'generated',
      company: 'Initech',
      role: 'Analyst',
      at: g.at.toISOString(),
      culture: g.culture,
      connectionPolicy: g.connectionPolicy,
      outcome: g.outcome,
      outcomeAt:
        g.outcomeAfterHours === null ? undefined : hoursAfter(g.at, g.outcomeAfterHours).toISOString(),
      expectedReplyBy: replyAt ? (g.replyBy?.plainDate ? isoDay(replyAt) : replyAt.toISOString()) : undefined,
      interviewers: [
        {
          id: 'x',
          name: 'Alex Kim',
          role: g.role,
          invite: {
            state: g.invite,
            at: g.inviteAfterHours === null ? undefined : hoursAfter(g.at, g.inviteAfterHours).toISOString(),
          },
          touches: g.touches.map((t) => ({
            at: hoursAfter(g.at, t.afterHours).toISOString(),
            kind: t.kind,
            replied: t.replied,
          })),
        },
      ],
    });
    const settings: Settings = SettingsSchema.parse({
      weekdaysOnly: g.weekdaysOnly,
      accountTier: g.accountTier,
      profile: g.profile,
      noteQuota: g.quota
        ? { remaining: g.quota.remaining, seenAt: hoursAfter(g.at, g.quota.seenAfterHours).toISOString() }
        : undefined,
    });
    return { interview, settings, now: new Date(g.at.getTime() + g.nowAfterMinutes * 60_000) };
  });

const adviseX = (s: { interview: Interview; settings: Settings; now: Date }) =>
  advise({ interview: s.interview, interviewerId: 'x', settings: s.settings, now: s.now });

describe('whatever the log says', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('plans with the advice advise() gives, reasons and all (the plan writes them only when read)', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const plan = planFollowUps({ interviews: [s.interview], settings: s.settings, now: s.now });
        for (const item of plan) {
          expect(JSON.parse(JSON.stringify(item.advice))).toEqual(JSON.parse(JSON.stringify(adviseX(s))));
          expect(item.advice.reasons).toBe(item.advice.reasons); // written once, then kept
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never suggests sending within 24 hours of the interview', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const advice = adviseX(s);
        const at = new Date(s.interview.at).getTime();
        if (advice.opensAt) expect(advice.opensAt.getTime()).toBeGreaterThanOrEqual(at + DAY);
        if (s.now.getTime() < at + DAY) expect(['send', 'prepare']).not.toContain(advice.verdict);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps opensAt ≤ idealBy ≤ lateAfter', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const { opensAt, idealBy, lateAfter } = adviseX(s);
        if (!opensAt || !idealBy || !lateAfter) {
          expect([opensAt, idealBy, lateAfter]).toEqual([null, null, null]);
          return;
        }
        expect(opensAt.getTime()).toBeLessThanOrEqual(idealBy.getTime());
        expect(idealBy.getTime()).toBeLessThanOrEqual(lateAfter.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('never opens sooner for a more formal company', () => {
    const opensFor = (s: { interview: Interview; settings: Settings; now: Date }, culture: Culture) =>
      adviseX({ ...s, interview: { ...s.interview, culture } }).opensAt?.getTime() ?? null;
    fc.assert(
      fc.property(situation, (s) => {
        const [formal, neutral, relaxed] = [
          opensFor(s, 'formal'),
          opensFor(s, 'neutral'),
          opensFor(s, 'relaxed'),
        ];
        if (formal === null || neutral === null || relaxed === null) return;
        expect(formal).toBeGreaterThanOrEqual(neutral);
        expect(neutral).toBeGreaterThanOrEqual(relaxed);
      }),
      { numRuns: 300 },
    );
  });

  it('depends on `now`, never on the clock', () => {
    const clock = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) });
    fc.assert(
      fc.property(situation, clock, clock, (s, first, second) => {
        vi.useFakeTimers();
        vi.setSystemTime(first);
        const before = adviseX(s);
        vi.setSystemTime(second);
        expect(adviseX(s)).toEqual(before);
        vi.useRealTimers();
      }),
      { numRuns: 200 },
    );
  });

  it('always gives known reasons in finished sentences', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const { reasons } = adviseX(s);
        expect(reasons.length).toBeGreaterThan(0);
        for (const { code, text } of reasons) {
          expect(REASON_CODES).toContain(code);
          expect(text).toMatch(/^[A-Z].*\.$/s);
          expect(text).not.toMatch(/undefined|null|NaN|Invalid/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('waits exactly until the window opens when nothing has been sent', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const advice = adviseX(s);
        if (!['wait', 'prepare', 'send'].includes(advice.verdict)) return;
        expect(advice.verdict === 'wait').toBe(s.now < advice.opensAt!);
      }),
      { numRuns: 300 },
    );
  });
});
