import { describe, expect, it } from 'vitest';
import { BackupSchema, InterviewSchema, SettingsSchema } from '../../src/core/model';
import { parseTime } from '../../src/core/parse-time';
import { fieldIssues, plainError } from '../../src/storage/issues';
import { MetaSchema } from '../../src/storage/types';

describe('the schemas complete what a person leaves out (DESIGN.md "Data model")', () => {
  it('an interview with only id, company, role, time and named interviewers is complete', () => {
    const interview = InterviewSchema.parse({
      id: 'iv-1',
      company: 'Contoso Health',
      role: 'Product Manager',
      at: '2026-03-09T14:00:00Z',
      interviewers: [{ id: 'p-1', name: 'Priya Natarajan' }],
    });
    expect(interview).toEqual({
      id: 'iv-1',
      company: 'Contoso Health',
      role: 'Product Manager',
      at: '2026-03-09T14:00:00Z',
      culture: 'neutral',
      connectionPolicy: 'unknown',
      outcome: 'pending',
      topics: [],
      interviewers: [
        {
          id: 'p-1',
          name: 'Priya Natarajan',
          role: 'hiring-manager',
          invite: { state: 'none' },
          touches: [],
        },
      ],
    });
  });

  it('empty settings are complete settings', () => {
    expect(SettingsSchema.parse({})).toEqual({
      yourName: '',
      accountTier: 'free',
      profile: { photo: 'unknown', headline: 'unknown', currentRole: 'unknown', about: 'unknown' },
      weekdaysOnly: false,
      reminders: true,
      inlineHelper: true,
      timingStyle: 'days',
      notesPerMonth: 5,
    });
  });

  it('"they\'ll be in touch by" may be a plain date, meaning the end of that day where the person is', () => {
    const interview = InterviewSchema.parse({
      id: 'iv-1',
      company: 'Contoso',
      role: 'PM',
      at: '2026-03-09T14:00:00+01:00',
      expectedReplyBy: '2026-03-20',
    });
    expect(interview.expectedReplyBy).toBe('2026-03-20');
    const end = parseTime('2026-03-20');
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([
      2026, 2, 20, 23, 59,
    ]);
  });

  it('a backup with settings left partial gets the same defaults', () => {
    const backup = BackupSchema.parse({
      format: 'connect-coach-backup',
      version: 1,
      exportedAt: '2026-03-10T12:00:00Z',
      settings: { yourName: 'Alex Kim' },
      interviews: [],
    });
    expect(backup.settings).toEqual({ ...SettingsSchema.parse({}), yourName: 'Alex Kim' });
  });

  it('the bookkeeping record starts with nothing notified', () => {
    expect(MetaSchema.parse({ schemaVersion: 2 })).toEqual({ schemaVersion: 2, lastNotified: {} });
  });
});

describe('what the schemas refuse, said in plain words with the field', () => {
  const base = { id: 'iv-1', company: 'Contoso', role: 'PM', at: '2026-03-09T14:00:00Z' };
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['a time without its zone', { ...base, at: '2026-03-09 14:00' }, 'at', /date and time/],
    ['an empty company', { ...base, company: '  ' }, 'company', /must not be empty/],
    [
      'a culture that does not exist',
      { ...base, culture: 'chill' },
      'culture',
      /one of "formal", "neutral", "relaxed"/,
    ],
    ['topics given as text', { ...base, topics: 'onboarding' }, 'topics', /must be a list/],
    ['a missing role', { ...base, role: undefined }, 'role', /is missing/],
    [
      'a profile address in another form',
      { ...base, interviewers: [{ id: 'p', name: 'P', profileUrl: 'linkedin.com/in/p' }] },
      'interviewers[0].profileUrl',
      /LinkedIn profile address/,
    ],
    [
      'the same interviewer twice',
      {
        ...base,
        interviewers: [
          { id: 'p', name: 'P' },
          { id: 'p', name: 'Q' },
        ],
      },
      'interviewers[1].id',
      /appears twice/,
    ],
  ];
  it.each(cases)('%s', (_situation, input, path, message) => {
    const result = InterviewSchema.safeParse(input, { error: plainError });
    expect(result.success).toBe(false);
    if (result.success) return;
    const [issue] = fieldIssues(result.error);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});

describe('the fields added with the thank-you email and the timing style', () => {
  const withEmail = (email: unknown) =>
    InterviewSchema.safeParse({
      id: 'i',
      company: 'Acme',
      role: 'PM',
      at: '2026-03-09T14:00:00Z',
      interviewers: [{ id: 'p', name: 'Sam', email }],
    });

  it('keeps an interviewer email and refuses what is not one, saying why', () => {
    expect(withEmail('sam@acme.test').data?.interviewers[0]?.email).toBe('sam@acme.test');
    expect(withEmail('sam at acme').error?.issues[0]?.message).toBe(
      'must be an email address like ana@example.com',
    );
    expect(withEmail(`${'a'.repeat(300)}@acme.test`).error?.issues.map((issue) => issue.message)).toEqual([
      'must be at most 254 characters',
    ]);
  });

  it('refuses a timing style or a monthly note count it does not know', () => {
    expect(SettingsSchema.safeParse({ timingStyle: 'never' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ notesPerMonth: 2.5 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ notesPerMonth: -1 }).success).toBe(false);
    expect(SettingsSchema.parse({ timingStyle: 'decision', notesPerMonth: 0 })).toMatchObject({
      timingStyle: 'decision',
      notesPerMonth: 0,
    });
  });
});
