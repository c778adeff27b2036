/** Builders for note tests: real interviews through the schema, so defaults apply as in the product. */
import {
  type Interview,
  type InterviewInput,
  InterviewSchema,
  type Settings,
  type SettingsInput,
  SettingsSchema,
} from '../../../src/core/model';
import { lintNote } from '../../../src/core/notes/lint';

/** A local time as an ISO string, so "9 March 14:00" is 9 March in every time zone. */
export const local = (year: number, month: number, day: number, hour = 0, minute = 0): string =>
  new Date(year, month, day, hour, minute).toISOString();

/** Ana López interviewed for Data Engineer at Acme Analytics on Monday 9 March 2026 at 14:00 local. */
export function interviewWith(overrides: Partial<InterviewInput> = {}): Interview {
  return InterviewSchema.parse({
    id: 'acme',
    company: 'Acme Analytics',
    role: 'Data Engineer',
    at: local(2026, 2, 9, 14),
    topics: ['moving the billing pipeline to streaming', 'how the team shares on-call'],
    interviewers: [
      { id: 'ana', name: 'Ana López' },
      { id: 'priya', name: 'Priya Sharma', role: 'panel' },
      { id: 'tom', name: 'Tom Becker', role: 'panel' },
    ],
    ...overrides,
  });
}

export const settingsWith = (input: SettingsInput = {}): Settings =>
  SettingsSchema.parse({ yourName: 'Sam Rivera', ...input });

/** Two days after the interview: the usual moment for a thank-you. */
export const NOW = new Date(2026, 2, 11, 10);

export const lintFor = (
  text: string,
  interview = interviewWith(),
  interviewerId = 'ana',
  settings = settingsWith(),
) => lintNote(text, { interview, interviewerId, settings });

export const codes = (text: string, interview?: Interview, interviewerId?: string, settings?: Settings) =>
  lintFor(text, interview, interviewerId, settings).map((finding) => finding.code);

export const errors = (text: string, interview?: Interview, interviewerId?: string, settings?: Settings) =>
  lintFor(text, interview, interviewerId, settings).filter((finding) => finding.severity === 'error');
