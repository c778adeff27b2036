/**
 * Absurd dates in the interview form get a message next to their field, not a saved interview in year
 * 0: the edges the options page's own table (tests/options/validate.test.ts) leaves out, and the
 * plausible dates right beside them that must still pass.
 */
import { describe, expect, it } from 'vitest';
import { emptyInterviewer, type InterviewDraft } from '../../src/options/form-state';
import { validateInterview } from '../../src/options/validate';

const now = new Date(2026, 2 /* Mar */, 10, 12, 0);

const draft = (patch: Partial<InterviewDraft>): InterviewDraft => ({
  id: 'iv-1',
  company: 'Contoso Health',
  role: 'Product Manager',
  at: '2026-03-09T14:00',
  culture: 'neutral',
  connectionPolicy: 'unknown',
  expectedReplyBy: '',
  outcome: 'pending',
  outcomeAt: '',
  topics: '',
  notes: '',
  interviewers: [{ ...emptyInterviewer('p-1'), name: 'Priya Natarajan' }],
  ...patch,
});

const REFUSED: Array<[situation: string, patch: Partial<InterviewDraft>, field: string, message: RegExp]> = [
  [
    'an interview in year 0',
    { at: '0000-03-09T14:00' },
    'at',
    /^That date looks wrong: .* is before 2000\.$/,
  ],
  ['an interview on the Unix epoch', { at: '1970-01-01T00:00' }, 'at', /before 2000/],
  ['an interview in year 10000', { at: '10000-01-01T09:00' }, 'at', /more than 2 years from now/],
  ['a year past the end of time', { at: '275761-01-01T09:00' }, 'at', /is not a date/],
  ['an interview two years and a day ahead', { at: '2028-03-11T12:00' }, 'at', /more than 2 years/],
  ['29 February in a common year', { at: '2027-02-29T10:00' }, 'at', /"2027-02-29T10:00" is not a date/],
  ['a thirteenth month', { at: '2026-13-01T10:00' }, 'at', /is not a date/],
  ['a month and day without their zeros', { at: '2026-3-9T14:00' }, 'at', /is not a date/],
  ['words for a date', { at: 'yesterday' }, 'at', /"yesterday" is not a date/],
  [
    'a reply promised the day before the interview',
    { expectedReplyBy: '2026-03-08' },
    'expectedReplyBy',
    /can't reply before the interview/,
  ],
  ['a reply promised in year 0', { expectedReplyBy: '0000-01-01' }, 'expectedReplyBy', /before 2000/],
  ['a reply promised in 2200', { expectedReplyBy: '2200-01-01' }, 'expectedReplyBy', /more than 2 years/],
  [
    'an offer dated 1900',
    { outcome: 'offer', outcomeAt: '1900-03-09' },
    'outcomeAt',
    /^That date looks wrong: .*1900 is before 2000\.$/,
  ],
  ['an offer dated 3000', { outcome: 'offer', outcomeAt: '3000-03-09' }, 'outcomeAt', /more than 2 years/],
];

const ACCEPTED: Array<[situation: string, patch: Partial<InterviewDraft>]> = [
  ['a reply promised for the day of the interview', { expectedReplyBy: '2026-03-09' }],
  ['an interview on 29 February of a leap year', { at: '2028-02-29T10:00' }],
  ['an interview on 1 January 2000', { at: '2000-01-01T09:00' }],
  ['an interview booked two years ahead, to the day', { at: '2028-03-09T12:00' }],
  ['an outcome on the day of the interview', { outcome: 'rejected', outcomeAt: '2026-03-09' }],
];

describe('absurd dates in the interview form', () => {
  it.each(REFUSED)('refuses %s, with a message next to the field', (_situation, patch, field, message) => {
    const result = validateInterview(draft(patch), { now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[field]).toMatch(message);
    // The other fields are fine: the message is where the mistake is, and nowhere else.
    expect(Object.keys(result.errors)).toEqual([field]);
  });

  it.each(ACCEPTED)('accepts %s', (_situation, patch) => {
    expect(validateInterview(draft(patch), { now })).toMatchObject({ ok: true });
  });
});
