import { describe, expect, it } from 'vitest';
import type { Interviewer } from '../../src/core/model';
import { emptyInterviewer, type InterviewDraft } from '../../src/options/form-state';
import { validateInterview } from '../../src/options/validate';

const now = new Date(2026, 2 /* Mar */, 10, 12, 0);

function goodDraft(): InterviewDraft {
  return {
    id: 'iv-1',
    company: '  Contoso Health ',
    role: 'Product Manager',
    at: '2026-03-09T14:00',
    culture: 'neutral',
    connectionPolicy: 'welcome',
    expectedReplyBy: '2026-03-20',
    outcome: 'pending',
    outcomeAt: '',
    topics: 'patient onboarding, pricing\nthe mobile app',
    notes: '',
    interviewers: [
      {
        ...emptyInterviewer('p-1'),
        name: 'Priya Natarajan',
        profileUrl: 'de.linkedin.com/in/priya-natarajan?trk=x',
      },
      { ...emptyInterviewer('p-2'), name: 'Sam Okafor', role: 'recruiter', title: 'Talent Partner' },
    ],
  };
}

const row = (patch: Partial<InterviewDraft['interviewers'][number]>) => ({
  ...emptyInterviewer('p-9'),
  ...patch,
});

describe('validateInterview', () => {
  it('passes a good interview and turns the form into what is stored', () => {
    const result = validateInterview(goodDraft(), { now });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const { interview } = result;
    expect(interview.company).toBe('Contoso Health');
    expect(new Date(interview.at).getTime()).toBe(new Date(2026, 2, 9, 14, 0).getTime());
    expect(interview.at).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
    expect(interview.expectedReplyBy).toBe('2026-03-20');
    expect(interview.topics).toEqual(['patient onboarding', 'pricing', 'the mobile app']);
    expect(interview.notes).toBeUndefined();
    expect(interview.interviewers.map((p) => p.profileUrl)).toEqual([
      'https://www.linkedin.com/in/priya-natarajan/',
      undefined,
    ]);
    expect(interview.interviewers[1]).toMatchObject({
      role: 'recruiter',
      title: 'Talent Partner',
      touches: [],
    });
  });

  it.each<[string, Partial<InterviewDraft>, string, RegExp]>([
    [
      'an interview in 1900',
      { at: '1900-03-09T14:00' },
      'at',
      /^That date looks wrong: .*1900 is before 2000\.$/,
    ],
    [
      'an interview in 1999',
      { at: '1999-12-31T23:00' },
      'at',
      /^That date looks wrong: .*1999 is before 2000/,
    ],
    [
      'an interview in 3000',
      { at: '3000-03-09T14:00' },
      'at',
      /^That date looks wrong: .*3000 is more than 2 years/,
    ],
    ['an interview 3 years ahead', { at: '2029-03-11T10:00' }, 'at', /^That date looks wrong: .*2029/],
    ['no interview date', { at: '' }, 'at', /^Enter the date and time/],
    [
      'a date that does not exist',
      { at: '2026-02-30T10:00' },
      'at',
      /^That date looks wrong: "2026-02-30T10:00"/,
    ],
    [
      'a reply promised before the interview',
      { expectedReplyBy: '2026-03-01' },
      'expectedReplyBy',
      /can't reply before the interview: choose Monday 9 March 2026 or later/,
    ],
    [
      'a reply-by date in 3000',
      { expectedReplyBy: '3000-01-01' },
      'expectedReplyBy',
      /^That date looks wrong: .*3000/,
    ],
    [
      'a reply-by date in 1900',
      { expectedReplyBy: '1900-01-01' },
      'expectedReplyBy',
      /^That date looks wrong: .*1900/,
    ],
    [
      'an outcome before the interview',
      { outcome: 'rejected', outcomeAt: '2026-03-02' },
      'outcomeAt',
      /outcome can't come before the interview on Monday 9 March 2026/,
    ],
    ['an outcome date with no outcome', { outcomeAt: '2026-03-10' }, 'outcomeAt', /^Choose the outcome too/],
    ['no company', { company: '   ' }, 'company', /^Enter the company\.$/],
    ['no job title', { role: '' }, 'role', /^Enter the job title\.$/],
    [
      'a company name of 10,001 characters',
      { company: 'x'.repeat(10_001) },
      'company',
      /^The company must be at most 10000 characters\.$/,
    ],
    [
      'a topic of 501 characters',
      { topics: `fine\n${'y'.repeat(501)}` },
      'topics',
      /^A topic must be at most 500 characters\.$/,
    ],
    [
      'an interviewer with a title but no name',
      { interviewers: [row({ name: '  ', title: 'CTO' })] },
      'interviewers.0.name',
      /^Enter their name\.$/,
    ],
    [
      'an interviewer with a profile but no name',
      { interviewers: [row({ profileUrl: 'linkedin.com/in/a' })] },
      'interviewers.0.name',
      /^Enter their name\.$/,
    ],
    [
      'a company page as a profile',
      { interviewers: [row({ name: 'A', profileUrl: 'linkedin.com/company/contoso' })] },
      'interviewers.0.profileUrl',
      /^That isn't a LinkedIn profile address/,
    ],
    [
      'a name as a profile',
      { interviewers: [row({ name: 'A', profileUrl: 'Priya Natarajan' })] },
      'interviewers.0.profileUrl',
      /^That isn't a LinkedIn profile address/,
    ],
    [
      'the same profile twice',
      {
        interviewers: [
          row({ id: 'a', name: 'A', profileUrl: 'linkedin.com/in/a' }),
          row({ id: 'b', name: 'B', profileUrl: 'https://www.linkedin.com/in/a/' }),
        ],
      },
      'interviewers.1.profileUrl',
      /already listed/,
    ],
    [
      'two rows with one id',
      { interviewers: [row({ name: 'A' }), row({ name: 'B' })] },
      'interviewers.1.id',
      /appears twice/,
    ],
  ])('refuses %s, with a message next to the field', (_situation, patch, field, message) => {
    const result = validateInterview({ ...goodDraft(), ...patch }, { now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[field]).toMatch(message);
  });

  it('reports every problem at once, each next to its own field', () => {
    const draft = {
      ...goodDraft(),
      company: '',
      at: '3000-01-01T09:00',
      interviewers: [row({ profileUrl: 'x' })],
    };
    const result = validateInterview(draft, { now });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual([
      'at',
      'company',
      'interviewers.0.name',
      'interviewers.0.profileUrl',
    ]);
  });

  it("skips rows left blank, and keeps each message at its row's place in the form", () => {
    const long = row({ id: 'b', name: 'B', title: 'x'.repeat(10_001) });
    const result = validateInterview({ ...goodDraft(), interviewers: [row({ id: 'a' }), long] }, { now });
    expect(result.ok ? result : result.errors).toEqual({
      'interviewers.1.title': 'The title must be at most 10000 characters.',
    });
    const fine = validateInterview(
      { ...goodDraft(), interviewers: [row({ id: 'a' }), row({ id: 'b', name: 'B' })] },
      { now },
    );
    expect(fine.ok && fine.interview.interviewers.map((p) => p.id)).toEqual(['b']);
  });

  it('keeps an outcome on the day of the interview after the interview itself', () => {
    const result = validateInterview(
      { ...goodDraft(), at: '2026-03-09T15:30', outcome: 'offer', outcomeAt: '2026-03-09' },
      { now },
    );
    expect(result.ok && new Date(result.interview.outcomeAt!).getTime()).toBe(
      new Date(2026, 2, 9, 15, 30).getTime(),
    );
  });

  it('keeps what the form does not show, and dates an invite state when it changes', () => {
    const base: Interviewer = {
      id: 'p-1',
      name: 'Priya Natarajan',
      role: 'hiring-manager',
      invite: { state: 'sent', at: '2026-03-10T09:00:00Z', note: 'Thanks for today' },
      touches: [{ at: '2026-03-11T09:00:00Z', kind: 'message', replied: true }],
      draft: 'Hi Priya',
    };
    const kept = { ...row({ id: 'p-1', name: 'Priya Natarajan', inviteState: 'sent' }), base };
    const accepted = { ...kept, inviteState: 'accepted' as const };
    const first = validateInterview({ ...goodDraft(), interviewers: [kept] }, { now });
    const second = validateInterview({ ...goodDraft(), interviewers: [accepted] }, { now });
    expect(first.ok && first.interview.interviewers[0]).toMatchObject({
      invite: base.invite,
      touches: base.touches,
      draft: 'Hi Priya',
    });
    expect(second.ok && second.interview.interviewers[0]?.invite).toEqual({
      state: 'accepted',
      at: expect.any(String),
      note: 'Thanks for today',
    });
    expect(second.ok && new Date(second.interview.interviewers[0]!.invite.at!).getTime()).toBe(now.getTime());
  });
});
