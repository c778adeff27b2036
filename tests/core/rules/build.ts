/** Builders for rule tests: real interviews through the schema, so defaults apply as in the product. */
import {
  type Interview,
  type InterviewerRole,
  type InterviewInput,
  InterviewSchema,
  type Settings,
  type SettingsInput,
  SettingsSchema,
} from '../../../src/core/model';

/** A local time as an ISO string, so a test reads "Monday 9 March 14:00" in every time zone. */
export const local = (year: number, month: number, day: number, hour = 0, minute = 0): string =>
  new Date(year, month, day, hour, minute).toISOString();

export type InterviewerInput = NonNullable<InterviewInput['interviewers']>[number];

/**
 * The usual interview: Acme, Monday 9 March 2026 at 14:00 local, one hiring manager called Sam.
 * `person` overrides Sam's fields; `overrides` the interview's.
 */
export function interviewWith(
  overrides: Partial<InterviewInput> = {},
  person: Partial<InterviewerInput> = {},
): Interview {
  return InterviewSchema.parse({
    id: 'acme',
    company: 'Acme',
    role: 'Product Designer',
    at: local(2026, 2, 9, 14),
    topics: ['the design system migration'],
    interviewers: [{ id: 'sam', name: 'Sam Ortiz', ...person }],
    ...overrides,
  });
}

export const panelOf = (roles: InterviewerRole[]) =>
  roles.map((role, index) => ({ id: `p${index}`, name: `Person ${index}`, role }));

export const COMPLETE_PROFILE = { photo: true, headline: true, currentRole: true, about: true };

/** Settings with a complete profile unless the test says otherwise. */
export const settingsWith = (input: SettingsInput = {}): Settings =>
  SettingsSchema.parse({ profile: COMPLETE_PROFILE, ...input });
