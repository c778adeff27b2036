import { describe, expect, it } from 'vitest';
import { InterviewSchema, SettingsSchema } from '../../../src/core/model';
import { draftCheckIn } from '../../../src/core/notes/check-in';

const interview = InterviewSchema.parse({
  id: 'iv',
  company: 'Contoso Health',
  role: 'Product Manager',
  at: '2026-03-09T14:00:00Z',
  topics: ['patient onboarding'],
  interviewers: [{ id: 'p', name: 'Dr. Priya Natarajan', invite: { state: 'accepted' } }],
});
const person = interview.interviewers[0]!;
const settings = SettingsSchema.parse({ yourName: 'Alex Kim' });

describe('draftCheckIn(): a message for a connection', () => {
  it('thanks them for connecting when nothing has been sent yet, signed with your name', () => {
    expect(draftCheckIn({ interview, person, settings })).toBe(
      "Hi Priya, thank you for connecting! I enjoyed our conversation about the Product Manager role at Contoso Health and I'm glad to stay in touch.\nBest,\nAlex Kim",
    );
  });

  it('later, a light check-in about what you discussed, with no request for news', () => {
    const touched = {
      ...person,
      touches: [{ at: '2026-03-12T09:00:00Z', kind: 'message' as const, replied: true }],
    };
    const text = draftCheckIn({ interview, person: touched, settings: SettingsSchema.parse({}) });
    expect(text).toBe(
      'Hi Priya, I hope all is well at Contoso Health. I was thinking back to our conversation about patient onboarding and wanted to say hello.',
    );
    expect(text).not.toMatch(/decision|news|update/i);
  });
});
