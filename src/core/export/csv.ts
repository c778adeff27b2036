/**
 * The log as a spreadsheet: one row per interviewer of each interview (an interview without interviewers
 * still gets its row), with a header row. Safe to open in a spreadsheet: a cell that starts like a formula
 * (=, +, -, @, tab, carriage return) gets a leading apostrophe, so a name like `=HYPERLINK(…)` stays text.
 */
import Papa from 'papaparse';
import type { Interview, Interviewer } from '../model';

const HEADER = [
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
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as text, never run as a formula. */
export const safeCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

function personCells(person: Interviewer | undefined): string[] {
  if (!person) return ['', '', '', '', '', '', '', '', '', ''];
  const last =
    person.touches
      .map((touch) => touch.at)
      .sort()
      .at(-1) ?? '';
  return [
    person.name,
    person.title ?? '',
    person.role,
    person.profileUrl ?? '',
    person.email ?? '',
    person.invite.state,
    person.invite.at ?? '',
    person.thankYouEmailAt ?? '',
    String(person.touches.length),
    last,
  ];
}

/**
 * The CSV text (RFC 4180: quoted where needed, CRLF line ends), header first.
 *
 * @example
 * logToCsv([acme]) // 'Company,Role,Interview at,…\r\nAcme,Product Designer,2026-03-09T13:00:00.000Z,pending,Sam Ortiz,…'
 */
export function logToCsv(interviews: readonly Interview[]): string {
  const rows = interviews.flatMap((interview) => {
    const people = interview.interviewers.length > 0 ? interview.interviewers : [undefined];
    return people.map((person) => [
      interview.company,
      interview.role,
      interview.at,
      interview.outcome,
      ...personCells(person),
      interview.topics.join('; '),
    ]);
  });
  const data = [[...HEADER], ...rows].map((row) => row.map(safeCell));
  return Papa.unparse(data, { newline: '\r\n', quotes: false });
}
