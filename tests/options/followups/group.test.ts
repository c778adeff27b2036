import { describe, expect, it } from 'vitest';
import { type Interview, InterviewSchema, SettingsSchema } from '../../../src/core/model';
import { planFollowUps } from '../../../src/core/rules/plan';
import { groupFollowUps } from '../../../src/options/followups/group';

const now = new Date(2026, 2 /* Mar */, 20, 12, 0);
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
const settings = SettingsSchema.parse({
  profile: { photo: true, headline: true, currentRole: true, about: true },
});

const log: Interview[] = [
  InterviewSchema.parse({
    id: 'contoso',
    company: 'Contoso',
    role: 'PM',
    at: daysAgo(3),
    interviewers: [
      { id: 'priya', name: 'Priya', role: 'recruiter' },
      { id: 'dana', name: 'Dana', invite: { state: 'declined', at: daysAgo(1) } },
    ],
  }),
  InterviewSchema.parse({
    id: 'northwind',
    company: 'Northwind',
    role: 'Lead',
    at: daysAgo(-2),
    interviewers: [{ id: 'lee', name: 'Lee' }],
  }),
  InterviewSchema.parse({
    id: 'fabrikam',
    company: 'Fabrikam',
    role: 'Senior PM',
    at: daysAgo(60),
    outcome: 'offer',
    outcomeAt: daysAgo(50),
    interviewers: [
      { id: 'jordan', name: 'Jordan', invite: { state: 'sent', at: daysAgo(4) } },
      { id: 'ava', name: 'Ava', invite: { state: 'sent', at: daysAgo(9) } },
      { id: 'maria', name: 'Maria', invite: { state: 'accepted', at: daysAgo(40) } },
      {
        id: 'omar',
        name: 'Omar',
        invite: { state: 'accepted', at: daysAgo(45) },
        touches: [
          { at: daysAgo(44), kind: 'message', replied: false },
          { at: daysAgo(35), kind: 'message', replied: false },
        ],
      },
    ],
  }),
];

const names = (items: { person: { name: string } }[]) => items.map((item) => item.person.name);

describe('groupFollowUps sorts the log into the four lists of the follow-ups page', () => {
  const groups = groupFollowUps({
    interviews: log,
    now,
    plan: planFollowUps({ interviews: log, settings, now }),
  });

  it('puts what is due by now under "Due now", with what to do', () => {
    expect(names(groups.dueNow)).toContain('Priya');
    expect(groups.dueNow.every((item) => item.when! <= now && item.kind)).toBe(true);
  });

  it('puts later actions under "Upcoming", soonest first, and never a check-in there', () => {
    expect(names(groups.upcoming)).toEqual(['Lee']);
    expect(groups.upcoming[0]?.when?.getTime()).toBeGreaterThan(now.getTime());
  });

  it('lists pending invitations under "Waiting on them", oldest first, dated when they were sent', () => {
    expect(names(groups.waiting)).toEqual(['Ava', 'Jordan']);
    expect(groups.waiting[0]?.when?.toISOString()).toBe(daysAgo(9));
  });

  it('lists every connection under "Connected" with its next touch; one left in peace comes last, with none', () => {
    expect(names(groups.connected)).toEqual(['Maria', 'Omar']);
    expect(groups.connected[0]?.when).toBeInstanceOf(Date);
    expect(groups.connected[1]?.when).toBeNull();
  });

  it('leaves out people who declined', () => {
    const all = [...groups.dueNow, ...groups.upcoming, ...groups.waiting, ...groups.connected];
    expect(names(all)).not.toContain('Dana');
  });
});

describe('thank-you emails on the follow-ups page', () => {
  const withEmails = [
    InterviewSchema.parse({
      id: 'acme',
      company: 'Acme',
      role: 'PM',
      at: daysAgo(1),
      interviewers: [
        { id: 'sam', name: 'Sam', role: 'recruiter', email: 'sam@acme.example' },
        { id: 'bo', name: 'Bo', email: 'bo@acme.example', thankYouEmailAt: daysAgo(0.5) },
      ],
    }),
    InterviewSchema.parse({
      id: 'globex',
      company: 'Globex',
      role: 'PM',
      at: daysAgo(-1),
      interviewers: [{ id: 'ana', name: 'Ana', email: 'ana@globex.example' }],
    }),
  ];
  const groups = groupFollowUps({
    interviews: withEmails,
    now,
    plan: planFollowUps({ interviews: withEmails, settings, now }),
  });

  it('lists the emails due in their own group, each beside the same person’s LinkedIn follow-up', () => {
    expect(groups.emails.map((item) => [item.key, item.kind])).toEqual([
      ['acme/sam/thank-you-email', 'thank-you-email'],
    ]);
    expect(groups.dueNow.map((item) => item.key)).toEqual(['acme/sam/connect']);
    expect(groups.emails[0]?.deadline).toEqual(expect.any(Date));
  });

  it('puts an email for an interview still ahead under upcoming, and none for an email already sent', () => {
    expect(groups.upcoming.filter((item) => item.kind === 'thank-you-email').map((item) => item.key)).toEqual(
      ['globex/ana/thank-you-email'],
    );
    expect(
      [...groups.emails, ...groups.upcoming].some(
        (item) => item.person.id === 'bo' && item.kind === 'thank-you-email',
      ),
    ).toBe(false);
  });
});
