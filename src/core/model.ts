/**
 * The interview log's shape: zod schemas are the single source of truth and the types are derived from
 * them. Every field that can have a default has one, so `InterviewSchema.parse({ id, company, role, at,
 * interviewers: [{ id, name }] })` is a complete interview and `SettingsSchema.parse({})` complete settings.
 */
import { z } from 'zod';
import { CULTURES, INVITE_STATES, OUTCOMES, POLICIES, ROLES, TOUCH_KINDS } from './basics';

export * from './basics';

/** Generous caps: long enough for any real text (and for hostile 10,000-character strings, which must still
 * render as text), short enough that one record can't fill the storage quota. */
const TEXT_MAX = 10_000;
const text = (max = TEXT_MAX) => z.string().max(max, { error: `must be at most ${max} characters` });
const id = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' });

/** An ISO 8601 date and time with `Z` or an offset, e.g. `2026-03-09T14:00:00Z`. */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date and time like 2026-03-09T14:00:00Z',
});
/** A date and time, or a plain `YYYY-MM-DD` meaning the end of that day in local time. */
export const IsoDateOrDateTime = z.union([IsoDateTime, z.iso.date()], {
  error: 'must be a date like 2026-03-20 or a date and time',
});

/** `https://www.linkedin.com/in/<slug>/`, the one form a profile URL is stored in. */
export const ProfileUrl = z.string().regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/, {
  error: 'must be a LinkedIn profile address like https://www.linkedin.com/in/name/',
});

/**
 * A check that the items of `list` have distinct ids, flagging the second of each pair at its path.
 *
 * @example z.object({ interviews: … }).check(uniqueIds('interviews', 'interview'))
 */
function uniqueIds<K extends string>(list: K, noun: string) {
  return (ctx: { value: Record<K, { id: string }[]>; issues: z.core.$ZodRawIssue[] }): void => {
    const seen = new Set<string>();
    ctx.value[list].forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.issues.push({
          code: 'custom',
          input: item.id,
          path: [list, index, 'id'],
          message: `${noun} id "${item.id}" appears twice`,
        });
      }
      seen.add(item.id);
    });
  };
}

export const InviteSchema = z.object({
  state: z.enum(INVITE_STATES).default('none'),
  at: IsoDateTime.optional(),
  note: text(2000).optional(),
});

export const TouchSchema = z.object({
  at: IsoDateTime,
  kind: z.enum(TOUCH_KINDS),
  replied: z.boolean().default(false),
});

export const InterviewerSchema = z.object({
  id,
  name: text().trim().min(1, { error: 'must not be empty' }),
  title: text().optional(),
  role: z.enum(ROLES).default('hiring-manager'),
  profileUrl: ProfileUrl.optional(),
  invite: InviteSchema.default({ state: 'none' }),
  touches: z.array(TouchSchema).max(500).default([]),
  draft: text(2000).optional(),
});

export const InterviewSchema = z
  .object({
    id,
    company: text().trim().min(1, { error: 'must not be empty' }),
    role: text().trim().min(1, { error: 'must not be empty' }),
    at: IsoDateTime,
    culture: z.enum(CULTURES).default('neutral'),
    connectionPolicy: z.enum(POLICIES).default('unknown'),
    expectedReplyBy: IsoDateOrDateTime.optional(),
    outcome: z.enum(OUTCOMES).default('pending'),
    outcomeAt: IsoDateTime.optional(),
    topics: z.array(text(500)).max(50).default([]),
    notes: text(20_000).optional(),
    interviewers: z.array(InterviewerSchema).max(50).default([]),
  })
  .check(uniqueIds('interviewers', 'interviewer'));

export const ProfileChecklistSchema = z.object({
  photo: z.boolean().default(false),
  headline: z.boolean().default(false),
  currentRole: z.boolean().default(false),
  about: z.boolean().default(false),
  /** When the checklist was last read from the person's own LinkedIn profile. */
  readAt: IsoDateTime.optional(),
});

export const SettingsSchema = z.object({
  yourName: text(200).default(''),
  accountTier: z.enum(['free', 'premium']).default('free'),
  /** Personalised notes left this month, as LinkedIn's dialog last showed it. */
  noteQuota: z.object({ remaining: z.int().min(0).max(1000), seenAt: IsoDateTime }).optional(),
  profile: ProfileChecklistSchema.default({
    photo: false,
    headline: false,
    currentRole: false,
    about: false,
  }),
  weekdaysOnly: z.boolean().default(false),
  reminders: z.boolean().default(true),
  inlineHelper: z.boolean().default(true),
  /** The slug of one's own LinkedIn profile, learnt when a reading there says it is one's own. */
  ownSlug: z.string().min(1).max(300).optional(),
});

export const BACKUP_FORMAT = 'connect-coach-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT, {
      error: `is not "${BACKUP_FORMAT}": this is not a Connect Coach backup`,
    }),
    version: z.literal(BACKUP_VERSION, {
      error: `must be ${BACKUP_VERSION}: this backup was made by a version of Connect Coach this one cannot read`,
    }),
    exportedAt: IsoDateTime,
    settings: SettingsSchema,
    interviews: z.array(InterviewSchema).max(10_000),
    /** Stored records that could not be read, kept as they were so nothing is lost. Never imported. */
    quarantine: z
      .array(z.object({ key: z.string(), reason: z.string(), at: IsoDateTime, value: z.unknown() }))
      .optional(),
  })
  .check(uniqueIds('interviews', 'interview'));

export type Culture = (typeof CULTURES)[number];
export type ConnectionPolicy = (typeof POLICIES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type InterviewerRole = (typeof ROLES)[number];
export type InviteState = (typeof INVITE_STATES)[number];
export type Invite = z.infer<typeof InviteSchema>;
export type Touch = z.infer<typeof TouchSchema>;
export type Interviewer = z.infer<typeof InterviewerSchema>;
export type Interview = z.infer<typeof InterviewSchema>;
export type ProfileChecklist = z.infer<typeof ProfileChecklistSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Backup = z.infer<typeof BackupSchema>;
/** What a caller may pass before defaults are applied. */
export type InterviewInput = z.input<typeof InterviewSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
