/** The contract of src/core/index.ts (DESIGN.md "Contracts"): what outside tests import from it. */
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';

describe('core’s public face', () => {
  it('exports the schemas, the four functions and those of the note plan, the email and the exports', () => {
    for (const name of [
      'InterviewSchema',
      'SettingsSchema',
      'BackupSchema',
      'advise',
      'planFollowUps',
      'draftNote',
      'lintNote',
      'planNotes',
      'draftThankYouEmail',
      'followUpsToIcs',
      'logToCsv',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });

  it('completes an interview and settings from their defaults', () => {
    const interview = core.InterviewSchema.parse({
      id: 'i',
      company: 'Contoso',
      role: 'PM',
      at: '2026-03-09T14:00:00Z',
      interviewers: [{ id: 'p', name: 'Priya Natarajan' }],
    });
    expect(interview).toMatchObject({
      culture: 'neutral',
      connectionPolicy: 'unknown',
      outcome: 'pending',
      topics: [],
    });
    expect(interview.interviewers[0]).toMatchObject({
      role: 'hiring-manager',
      invite: { state: 'none' },
      touches: [],
    });
    expect(core.SettingsSchema.parse({})).toMatchObject({
      yourName: '',
      accountTier: 'free',
      reminders: true,
      inlineHelper: true,
    });
  });

  it('answers advise, planFollowUps, draftNote and lintNote in the contract’s shapes', () => {
    const interview = core.InterviewSchema.parse({
      id: 'i',
      company: 'Contoso Health',
      role: 'Product Manager',
      at: '2026-03-09T14:00:00Z',
      topics: ['patient onboarding'],
      interviewers: [{ id: 'p', name: 'Priya Natarajan' }],
    });
    const settings = core.SettingsSchema.parse({ yourName: 'Alex Kim' });
    const now = new Date('2026-03-20T12:00:00Z');
    const advice = core.advise({ interview, interviewerId: 'p', settings, now });
    expect(advice.verdict).toMatch(/^(avoid|sent|connected|wait|prepare|send)$/);
    expect(advice.opensAt).toBeInstanceOf(Date);
    expect(advice.reasons[0]).toEqual({ code: expect.any(String), text: expect.any(String) });
    const plan = core.planFollowUps({ interviews: [interview], settings, now });
    expect(plan[0]).toMatchObject({ interviewId: 'i', interviewerId: 'p', dueAt: expect.any(Date) });
    const note = core.draftNote({ interview, interviewerId: 'p', settings, tone: 'thanks' });
    expect(note.length).toBeLessThanOrEqual(200);
    expect(
      core.lintNote(note, { interview, interviewerId: 'p', settings }).filter((f) => f.severity === 'error'),
    ).toEqual([]);
  });
});
