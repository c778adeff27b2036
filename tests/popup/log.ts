/** A small log for the popup's tests: two interviews, people with and without profile addresses. */
import { type Interview, type InterviewInput, InterviewSchema, SettingsSchema } from '../../src/core/model';
import type { ProfileReading } from '../../src/linkedin/reading';
import type { StateReply } from '../../src/replies';

export const interview = (input: InterviewInput): Interview => InterviewSchema.parse(input);

export const contoso = interview({
  id: 'iv-contoso',
  company: 'Contoso Health',
  role: 'Product Manager',
  at: '2026-03-09T14:00:00Z',
  topics: ['patient onboarding'],
  interviewers: [
    { id: 'priya', name: 'Priya Natarajan', profileUrl: 'https://www.linkedin.com/in/priya-natarajan/' },
    { id: 'dana', name: 'Dana Whitfield', role: 'recruiter' },
    { id: 'bjorn', name: 'Björn Åberg', profileUrl: 'https://www.linkedin.com/in/bj%C3%B6rn-%C3%A5berg/' },
  ],
});

export const contosoAgain = interview({
  id: 'iv-contoso-2',
  company: 'Contoso Health',
  role: 'Senior Product Manager',
  at: '2026-04-02T10:00:00Z',
  interviewers: [
    { id: 'priya-2', name: 'Priya Natarajan', profileUrl: 'https://www.linkedin.com/in/priya-natarajan/' },
  ],
});

export const fabrikam = interview({
  id: 'iv-fabrikam',
  company: 'Fabrikam',
  role: 'Data Engineer',
  at: '2026-03-02T09:00:00Z',
  interviewers: [{ id: 'mateo', name: 'Mateo Alvarez', role: 'recruiter' }],
});

export function state(interviews: Interview[], extra: Partial<StateReply> = {}): StateReply {
  return {
    ok: true,
    settings: SettingsSchema.parse({
      yourName: 'Alex Kim',
      profile: { photo: true, headline: true, currentRole: true, about: true },
    }),
    interviews: interviews.map((interview) => ({ ...interview, revision: 1 })),
    quarantine: [],
    problems: [],
    readOnly: false,
    ...extra,
  };
}

export function reading(extra: Partial<ProfileReading> & { slug: string }): ProfileReading {
  return {
    name: null,
    headline: null,
    company: null,
    degree: '2nd',
    relation: 'can-connect',
    own: false,
    ...extra,
  };
}
