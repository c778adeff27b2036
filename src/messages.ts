/**
 * Every runtime message, as one zod discriminated union. The background validates each message it gets;
 * senders import only the types (`import type`), so the content script carries no zod.
 *
 * To the background (from the popup, the options page or the content script): the `type`s below.
 * To a tab's content script (from the popup): the `tab/…` types.
 */
import { z } from 'zod';
import { InterviewerSchema, InterviewSchema, SettingsSchema, TouchSchema } from './core/model';

const slug = z.string().min(1).max(300);

/** What the content script read from a profile page (see `readProfile` in src/linkedin). */
export const ProfileReadingSchema = z.object({
  slug,
  name: z.string().max(10_000).nullable(),
  headline: z.string().max(10_000).nullable(),
  company: z.string().max(10_000).nullable(),
  degree: z.enum(['1st', '2nd', '3rd']).nullable(),
  relation: z.enum(['can-connect', 'pending', 'connected', 'follow-only', 'unknown']),
  own: z.boolean(),
  /** Where Connect is offered: in the top card, under More, or not at all. */
  connectAt: z.enum(['top-card', 'more', 'none']).optional(),
  /** Which of LinkedIn's layouts the top card was in: Ember (2021–2025), server-driven (2026), or neither. */
  layout: z.enum(['ember', 'sdui', 'unknown']).optional(),
  /** How the top card was found: by LinkedIn's known structure, or by the expected name and slug. */
  found: z.enum(['structure', 'name']).optional(),
});
export type ProfileReading = z.infer<typeof ProfileReadingSchema>;

/**
 * The always-on script and the helper injected on demand (src/content/seam.ts): a visit's slug (null
 * when the tab left profiles) and the tab's title, which names the person; the popup's requests to
 * ensure the helper in a tab, and to run the page report there.
 */
const ON_DEMAND = [
  z.object({ type: z.literal('page/visit'), slug: slug.nullable(), title: z.string().max(1000) }),
  // The helper read the page as the person's own profile: the background injects the checklist's reader.
  z.object({ type: z.literal('page/own') }),
  // This visit's person has their invitation dialog open: the background injects the dialog's bar.
  z.object({ type: z.literal('page/bar') }),
  z.object({ type: z.literal('tab/prepare'), tabId: z.int().min(0) }),
  z.object({ type: z.literal('tab/report'), tabId: z.int().min(0) }),
] as const;

/** What the page showed of the person's own profile: each part there or not (never unknown). */
const OwnProfileReadingSchema = z.object({
  photo: z.boolean(),
  headline: z.boolean(),
  currentRole: z.boolean(),
  about: z.boolean(),
});

const InterviewerPatchSchema = InterviewerSchema.partial().omit({ id: true });

export const MessageSchema = z.discriminatedUnion('type', [
  // Backup (contract: DESIGN.md "Contracts")
  z.object({ type: z.literal('backup/export') }),
  z.object({ type: z.literal('backup/import'), backup: z.unknown(), mode: z.enum(['replace', 'merge']) }),
  z.object({ type: z.literal('backup/preview'), backup: z.unknown(), mode: z.enum(['replace', 'merge']) }),
  z.object({ type: z.literal('store/wipe') }),
  // The log
  z.object({ type: z.literal('state/get') }),
  // `base`: the interview as the page read it, with its revision (null for a new one): see storage/merge.ts.
  z.object({ type: z.literal('interview/put'), interview: z.unknown(), base: z.unknown().optional() }),
  z.object({ type: z.literal('interview/delete'), id: z.string() }),
  z.object({
    type: z.literal('interviewer/patch'),
    interviewId: z.string(),
    interviewerId: z.string(),
    patch: InterviewerPatchSchema,
  }),
  // Appends one touch: concurrent additions from several pages never overwrite each other, as a patch of
  // the whole `touches` list could.
  z.object({
    type: z.literal('interviewer/touch'),
    interviewId: z.string(),
    interviewerId: z.string(),
    touch: TouchSchema,
  }),
  z.object({ type: z.literal('settings/patch'), patch: SettingsSchema.partial() }),
  // From a LinkedIn page (content script)
  z.object({ type: z.literal('page/reading'), reading: ProfileReadingSchema }),
  z.object({ type: z.literal('page/invite-sent'), slug, note: z.string().max(2000), at: z.iso.datetime() }),
  z.object({
    type: z.literal('page/note-box'),
    limit: z.int().min(1).max(1000),
    remaining: z.int().min(0).max(1000).nullable(),
  }),
  z.object({ type: z.literal('page/own-profile'), checklist: OwnProfileReadingSchema }),
  // The LinkedIn check: a page the helper could not read (from a LinkedIn page), and the check itself (options)
  z.object({
    type: z.literal('page/unreadable'),
    layout: z.enum(['ember', 'sdui', 'unknown']),
    what: z.enum(['layout-unknown', 'no-top-card', 'no-note-box']),
  }),
  z.object({ type: z.literal('check/get') }),
  // The person confirmed on the page that a match by name and company is them: this profile's address
  // becomes the interviewer's (only if they had none).
  z.object({
    type: z.literal('page/confirm-match'),
    interviewId: z.string(),
    interviewerId: z.string(),
    slug,
  }),
  // Snooze or Skip a due follow-up from the card on the interviewer's own profile page, or undo that.
  z.object({
    type: z.literal('page/follow-up'),
    interviewId: z.string(),
    interviewerId: z.string(),
    action: z.enum(['tomorrow', 'next-week', 'skip', 'undo']),
  }),
  z.object({ type: z.literal('plan/get') }),
  ...ON_DEMAND,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Messages the popup sends to the content script of a tab. */
export const TabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/status') }),
  z.object({ type: z.literal('tab/insert-note'), text: z.string().max(2000) }),
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;

/**
 * Why `tab/insert-note` put nothing in LinkedIn's box: no invitation open, one opened for someone else
 * (a rail person's), one whose person the page can't tell, no note box at this step (the gate, the email
 * gate, the upsell), or the box refused the text (too long, read-only).
 */
export type InsertRefusal = 'closed' | 'other' | 'unsure' | 'step' | 'refused';

/** The answer to `tab/insert-note`. */
export type InsertReply = { ok: true } | { ok: false; why?: InsertRefusal };

/** The answer to `tab/status`: what the page shows now. */
export interface TabStatus {
  reading: ProfileReading | null;
  noteBox: { limit: number; remaining: number | null } | null;
  /** The background's last answer about this person, if any: the popup falls back on its draft (with
   * Copy) when the background does not answer. Optional: a content script may leave it out. */
  answer?: PageAnswer | null;
}

/** Failure answers carry a sentence for the person. */
export type Failure = { ok: false; error: string };

export type { PageReply } from './replies';

export { InterviewSchema, SettingsSchema };

/**
 * The background's answer to `page/reading` for a person in the log: everything the helper card shows,
 * already in plain words, so the content script needs no rules, dates or schemas. `null` for people not
 * in the log (the content script then adds nothing to the page).
 */
export interface PageAnswer {
  interviewId: string;
  interviewerId: string;
  name: string;
  company: string;
  verdict: 'avoid' | 'sent' | 'connected' | 'wait' | 'prepare' | 'send';
  /** One sentence: the verdict and its window, e.g. "Send your request now; ideally by Friday 13 March." */
  summary: string;
  /** The reasons' sentences, most important first. */
  reasons: string[];
  /** The person's edited draft if any, else a fresh one; always within `limit`. */
  draft: string;
  limit: number;
  /** False when inlineHelper is off: the content script then shows nothing but still keeps the log true. */
  showHelper: boolean;
  /** True when matched by name and company rather than by profile URL (the popup asks to confirm). */
  byName: boolean;
  /** One line on this month's scarce personalised notes for this person (planNotes); null when none applies. */
  notePlan?: string | null;
  /** A follow-up for this person is due now: the card offers Snooze and Skip (`page/follow-up`). */
  due?: boolean;
}
