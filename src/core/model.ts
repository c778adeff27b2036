/**
 * The interview log's shape: zod schemas are the single source of truth and the types are derived from
 * them. Every field that can have a default has one, so `InterviewSchema.parse({ id, company, role, at,
 * interviewers: [{ id, name }] })` is a complete interview and `SettingsSchema.parse({})` complete settings.
 */
import { z } from 'zod';
import { CULTURES, INVITE_STATES, OUTCOMES, POLICIES, ROLES, TIMING_STYLES, TOUCH_KINDS } from './log-values';

export * from './log-values';

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

export const FollowUpHoldSchema = z.object({
  /** No reminder and no badge before this moment (Snooze). */
  snoozedUntil: IsoDateTime.optional(),
  /** "Skip this person": no more follow-ups for them (undo clears it). */
  skippedAt: IsoDateTime.optional(),
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
  /** Where a thank-you email can go; nothing is sent by us, the person's mail app opens with a draft. */
  // The length first, and stop there: a hostile 10 MB string never reaches the address pattern.
  email: z
    .string()
    .max(254, { error: 'must be at most 254 characters', abort: true })
    .pipe(z.email({ error: 'must be an email address like ana@example.com' }))
    .optional(),
  /** When the person marked the thank-you email to this interviewer as sent. */
  thankYouEmailAt: IsoDateTime.optional(),
  /** The person's own hand on this interviewer's follow-ups: put off until a moment, or skipped for good. */
  followUp: FollowUpHoldSchema.optional(),
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

/** One part of the person's own profile: there (true), missing (false), or not known yet ('unknown': the
 * person has not said and Connect Coach has not read their profile, which is not the same as missing). */
export const ProfileItemSchema = z.union([z.boolean(), z.literal('unknown')]).default('unknown');

export const ProfileChecklistSchema = z.object({
  photo: ProfileItemSchema,
  headline: ProfileItemSchema,
  currentRole: ProfileItemSchema,
  about: ProfileItemSchema,
  /** When the checklist was last read from the person's own LinkedIn profile. */
  readAt: IsoDateTime.optional(),
});

export const SettingsSchema = z.object({
  yourName: text(200).default(''),
  accountTier: z.enum(['free', 'premium']).default('free'),
  /** Personalised notes left this month, as LinkedIn's dialog last showed it. */
  noteQuota: z.object({ remaining: z.int().min(0).max(1000), seenAt: IsoDateTime }).optional(),
  profile: ProfileChecklistSchema.default({
    photo: 'unknown',
    headline: 'unknown',
    currentRole: 'unknown',
    about: 'unknown',
  }),
  weekdaysOnly: z.boolean().default(false),
  reminders: z.boolean().default(true),
  inlineHelper: z.boolean().default(true),
  /** The slug of one's own LinkedIn profile, learnt when a reading there says it is one's own. */
  ownSlug: z.string().min(1).max(300).optional(),
  /**
   * Which convention times the invitation: `days`, a few days after the interview (the seed article's
   * advice), or `decision`, not while the outcome is pending (The Muse's and many recruiters' advice).
   */
  timingStyle: z.enum(TIMING_STYLES).default('days'),
  /** Personalised notes a free account gets a month (LinkedIn gives 5 in 2026). Premium has no limit. */
  notesPerMonth: z.int({ error: 'must be a whole number' }).min(0).max(100).default(5),
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
export type TimingStyle = (typeof TIMING_STYLES)[number];
export type Invite = z.infer<typeof InviteSchema>;
export type Touch = z.infer<typeof TouchSchema>;
export type Interviewer = z.infer<typeof InterviewerSchema>;
export type Interview = z.infer<typeof InterviewSchema>;
export type ProfileChecklist = z.infer<typeof ProfileChecklistSchema>;
export type ProfileItem = z.infer<typeof ProfileItemSchema>;
export type FollowUpHold = z.infer<typeof FollowUpHoldSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Backup = z.infer<typeof BackupSchema>;
/** What a caller may pass before defaults are applied. */
export type InterviewInput = z.input<typeof InterviewSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
