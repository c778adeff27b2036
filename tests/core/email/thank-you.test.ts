/**
 * The thank-you email: drafted from the log, checked by the note's own lint (length aside: an email is
 * not bound by the note box), never asking for news; due by the end of the next working day.
 */
import { describe, expect, it } from 'vitest';
import { thankYouEmailsDue } from '../../../src/core/email/due';
import { draftThankYouEmail, mailtoLink } from '../../../src/core/email/thank-you';
import { type Interview, InterviewSchema } from '../../../src/core/model';
import { lintNote } from '../../../src/core/notes/lint';
import { findPushy } from '../../../src/core/notes/pushy';
import { local, settingsWith } from '../rules/build';

const mar = (day: number, hour = 0, minute = 0, second = 0, ms = 0) =>
  new Date(2026, 2 /* Mar */, day, hour, minute, second, ms);

const interviewOn = (
  at: string,
  topics = ['the design system migration', 'accessibility audits'],
): Interview =>
  InterviewSchema.parse({
    id: 'acme',
    company: 'Acme',
    role: 'Product Designer',
    at,
    topics,
    interviewers: [
      { id: 'sam', name: 'Dr. Sam Ortiz', email: 'sam@acme.test' },
      { id: 'ana', name: 'Ana Ruiz', role: 'panel', email: 'ana@acme.test' },
      { id: 'kim', name: 'Kim Park', role: 'panel' },
    ],
  });

const monday = interviewOn(local(2026, 2, 9, 14));
const settings = settingsWith({ yourName: 'Alex Morgan' });

describe('draftThankYouEmail()', () => {
  it('thanks, names one topic, the role and the company, looks ahead and signs', () => {
    const { subject, body } = draftThankYouEmail({ interview: monday, interviewerId: 'sam', settings });
    expect(subject).toBe('Thank you for our conversation about the Product Designer role');
    expect(body).toBe(
      [
        'Hi Sam,',
        'Thank you for taking the time to talk with me about the Product Designer role at Acme. I especially enjoyed our conversation about the design system migration.',
        'It left me even more enthusiastic about the role and the team, and I would be glad to stay in touch.',
        'Best regards,\nAlex Morgan',
      ].join('\n\n'),
    );
  });

  it('passes the note lint with no finding but its length, and never asks for news', () => {
    for (const interviewerId of ['sam', 'ana', 'kim']) {
      const { subject, body } = draftThankYouEmail({ interview: monday, interviewerId, settings });
      const findings = lintNote(body, { interview: monday, interviewerId, settings });
      expect(findings.filter((finding) => finding.code !== 'too-long')).toEqual([]);
      expect(findPushy(`${subject}\n${body}`)).toEqual([]);
      expect(body).not.toMatch(/hear (?:back|from you)|update|decision|next steps/i);
    }
  });

  it('gives panel members different topics where the log has enough', () => {
    const sam = draftThankYouEmail({ interview: monday, interviewerId: 'sam', settings }).body;
    const ana = draftThankYouEmail({ interview: monday, interviewerId: 'ana', settings }).body;
    expect(sam).toContain('the design system migration');
    expect(ana).toContain('accessibility audits');
  });

  it('without topics or a name in Settings, it still reads whole', () => {
    const bare = interviewOn(local(2026, 2, 9, 14), []);
    const { body } = draftThankYouEmail({ interview: bare, interviewerId: 'kim', settings: settingsWith() });
    expect(body).toBe(
      'Hi Kim,\n\nThank you for taking the time to talk with me about the Product Designer role at Acme.\n\nIt left me even more enthusiastic about the role and the team, and I would be glad to stay in touch.\n\nBest regards,',
    );
  });

  it('refuses an interviewer who is not in the interview, naming both', () => {
    expect(() => draftThankYouEmail({ interview: monday, interviewerId: 'nobody', settings })).toThrow(
      /interview "acme" with Acme has no interviewer "nobody"/,
    );
  });

  it('opens in the mail app through a mailto: link carrying the draft, nothing sent by us', () => {
    const email = draftThankYouEmail({ interview: monday, interviewerId: 'sam', settings });
    const link = new URL(mailtoLink('sam@acme.test', email));
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('sam@acme.test');
    expect(link.searchParams.get('subject')).toBe(email.subject);
    expect(decodeURIComponent(link.search.split('&body=')[1]!)).toBe(email.body);
  });
});

describe('thankYouEmailsDue(): by the end of the next working day', () => {
  it('a Monday interview: due by the end of Tuesday, for those with an email address only', () => {
    const due = thankYouEmailsDue({ interviews: [monday], now: mar(9, 16) });
    expect(due).toEqual([
      { interviewId: 'acme', interviewerId: 'sam', kind: 'thank-you-email', dueAt: mar(10, 23, 59, 59, 999) },
      { interviewId: 'acme', interviewerId: 'ana', kind: 'thank-you-email', dueAt: mar(10, 23, 59, 59, 999) },
    ]);
  });

  it('a Friday interview: due by the end of Monday', () => {
    const friday = interviewOn(local(2026, 2, 13, 11));
    expect(thankYouEmailsDue({ interviews: [friday], now: mar(13, 12) })[0]?.dueAt).toEqual(
      mar(16, 23, 59, 59, 999),
    );
  });

  it('not before the interview, not once marked as sent, and not after a week', () => {
    expect(thankYouEmailsDue({ interviews: [monday], now: mar(9, 13) })).toEqual([]);
    const thanked = interviewOn(local(2026, 2, 9, 14));
    thanked.interviewers[0]!.thankYouEmailAt = local(2026, 2, 9, 18);
    expect(
      thankYouEmailsDue({ interviews: [thanked], now: mar(10, 9) }).map((item) => item.interviewerId),
    ).toEqual(['ana']);
    expect(thankYouEmailsDue({ interviews: [monday], now: mar(16, 15) })).toEqual([]);
  });
});
