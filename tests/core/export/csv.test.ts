/** logToCsv(): the log as a spreadsheet, read back with papaparse as a spreadsheet would read it. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { logToCsv } from '../../../src/core/export/csv';
import { type Interview, InterviewSchema } from '../../../src/core/model';

const log: Interview[] = [
  InterviewSchema.parse({
    id: 'acme',
    company: 'Acme, "the" company',
    role: 'Product Designer',
    at: '2026-03-09T14:00:00Z',
    topics: ['the design system', 'hiring'],
    interviewers: [
      {
        id: 'sam',
        name: 'Björn Müller-Łukasz 王',
        email: 'bjorn@acme.test',
        invite: { state: 'sent', at: '2026-03-12T09:00:00Z' },
        thankYouEmailAt: '2026-03-09T18:00:00Z',
        touches: [{ at: '2026-03-20T10:00:00Z', kind: 'message' }],
      },
      { id: 'x', name: '=HYPERLINK("http://evil.test","click")', title: '+1 555', role: 'recruiter' },
      { id: 'y', name: '@SUM(A1)', title: '-2+3' },
      // Names are trimmed by the schema, titles are not.
      { id: 'z', name: '-Minus', title: '\tTabbed\rReturn' },
    ],
  }),
  InterviewSchema.parse({ id: 'empty', company: 'Globex', role: 'PM', at: '2026-03-10T09:00:00Z' }),
];

const rows = (csv: string): string[][] => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('logToCsv(): interviews × interviewers × state', () => {
  it('starts with a header row, then one row per interviewer (an interview without any still has one)', () => {
    const [header, ...data] = rows(logToCsv(log));
    expect(header).toEqual([
      'Company',
      'Role',
      'Interview at',
      'Outcome',
      'Interviewer',
      'Title',
      'Interviewer role',
      'LinkedIn',
      'Email',
      'Invitation',
      'Invitation at',
      'Thank-you email sent at',
      'Touches',
      'Last touch at',
      'Topics',
    ]);
    expect(data).toHaveLength(5);
    expect(data[0]).toEqual([
      'Acme, "the" company',
      'Product Designer',
      '2026-03-09T14:00:00Z',
      'pending',
      'Björn Müller-Łukasz 王',
      '',
      'hiring-manager',
      '',
      'bjorn@acme.test',
      'sent',
      '2026-03-12T09:00:00Z',
      '2026-03-09T18:00:00Z',
      '1',
      '2026-03-20T10:00:00Z',
      'the design system; hiring',
    ]);
    expect(data[4]?.slice(0, 5)).toEqual(['Globex', 'PM', '2026-03-10T09:00:00Z', 'pending', '']);
  });

  it('keeps every character as it is (the file is UTF-8; the download adds the byte-order mark)', () => {
    const csv = logToCsv(log);
    expect(new TextDecoder('utf-8').decode(new TextEncoder().encode(csv))).toBe(csv);
    expect(csv).toContain('Björn Müller-Łukasz 王');
    expect(csv.split('\r\n')).toHaveLength(6);
  });

  it('never lets a cell run as a formula: =, +, -, @, tab and carriage return get a leading apostrophe', () => {
    const data = rows(logToCsv(log)).slice(2, 5);
    expect(data.map((row) => [row[4], row[5]])).toEqual([
      ['\'=HYPERLINK("http://evil.test","click")', "'+1 555"],
      ["'@SUM(A1)", "'-2+3"],
      ["'-Minus", "'\tTabbed\rReturn"],
    ]);
  });
});
