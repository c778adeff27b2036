/** What each follow-up action writes, and that its Undo writes back exactly what was there. */
import { describe, expect, it } from 'vitest';
import { InterviewSchema } from '../../src/core/model';
import {
  doneChange,
  heardBackChange,
  repliedChange,
  sentChange,
  skipChange,
  snoozeChange,
} from '../../src/ui/follow-up-writes';

const NOW = new Date(2026, 2 /* Mar */, 10, 15);
const interview = InterviewSchema.parse({
  id: 'iv',
  company: 'Contoso Health',
  role: 'Product Manager',
  at: '2026-03-05T14:00:00Z',
  interviewers: [
    {
      id: 'p',
      name: 'Priya Natarajan',
      invite: { state: 'accepted', at: '2026-03-07T10:00:00Z' },
      touches: [{ at: '2026-03-08T10:00:00Z', kind: 'message', replied: false }],
      followUp: { snoozedUntil: '2026-03-09T09:00:00Z' },
    },
  ],
});
const person = interview.interviewers[0]!;
const patchOf = (message: unknown) => (message as { patch: Record<string, unknown> }).patch;

describe('follow-up actions and their Undo', () => {
  it('Done on a connect records the request as sent; Undo puts the invitation back as it was', () => {
    const change = doneChange('connect', interview, person, NOW);
    expect(patchOf(change.apply[0])).toEqual({
      invite: { state: 'sent', at: expect.stringMatching(/^2026-03-10T15:00/) },
    });
    expect(patchOf(change.undo[0])).toEqual({ invite: person.invite });
  });

  it('Done on a thank-you email marks it as sent; Undo puts the interview back without the mark', () => {
    const change = doneChange('thank-you-email', interview, person, NOW);
    expect(change.said).toBe('Marked the thank-you email to Priya Natarajan as sent.');
    const [apply] = change.apply as { type: string; interview: typeof interview; base: unknown }[];
    expect(apply?.type).toBe('interview/put');
    expect(apply?.base).toBe(interview);
    expect(apply?.interview.interviewers[0]?.thankYouEmailAt).toMatch(/^2026-03-10T15:00/);
    // Everything else about the interview and the person is as it was.
    expect({ ...apply?.interview.interviewers[0], thankYouEmailAt: undefined }).toEqual({
      ...person,
      thankYouEmailAt: undefined,
    });
    expect(change.undo).toEqual([{ type: 'interview/put', interview, base: apply?.interview }]);
    expect(interview.interviewers[0]?.thankYouEmailAt).toBeUndefined();
  });

  it('Done on a check-in appends a message; Undo restores the touches', () => {
    const change = doneChange('check-in', interview, person, NOW);
    expect(change.apply[0]).toMatchObject({
      type: 'interviewer/touch',
      touch: { kind: 'message', replied: false },
    });
    expect(patchOf(change.undo[0])).toEqual({ touches: person.touches });
  });

  it('Snooze keeps the rest of the hold and says until when; Undo restores the old snooze', () => {
    const change = snoozeChange(interview, person, new Date(2026, 2, 11, 9));
    expect(change.said).toBe('Snoozed until Wednesday 11 March, 09:00.');
    expect(patchOf(change.undo[0])).toEqual({ followUp: person.followUp });
  });

  it('Skip this person marks the skip; Undo clears it', () => {
    const change = skipChange(interview, person, NOW);
    expect(patchOf(change.apply[0])).toMatchObject({ followUp: { skippedAt: expect.any(String) } });
    expect(patchOf(change.undo[0])).toEqual({ followUp: person.followUp });
  });

  it('I heard back: an offer is the interview’s outcome, dated now; Undo brings back "pending"', () => {
    const change = heardBackChange(interview, 'offer', NOW);
    expect(change.said).toBe('Recorded for Contoso Health: an offer.');
    expect(change.apply[0]).toMatchObject({
      type: 'interview/put',
      interview: { outcome: 'offer' },
      base: { outcome: 'pending' },
    });
    expect(change.undo[0]).toMatchObject({
      type: 'interview/put',
      interview: { outcome: 'pending' },
      base: { outcome: 'offer' },
    });
    expect((change.undo[0] as { interview: object }).interview).not.toHaveProperty('outcomeAt');
  });

  it('Mark as sent keeps the note; They replied marks the last touch answered', () => {
    expect(patchOf(sentChange(interview, person, NOW, 'Hi Priya').apply[0])).toMatchObject({
      invite: { state: 'sent', note: 'Hi Priya' },
    });
    expect(patchOf(repliedChange(interview, person, NOW).apply[0])).toEqual({
      touches: [{ ...person.touches[0], replied: true }],
    });
  });
});
