/**
 * The protocol: every runtime message as one zod discriminated union (`MessageSchema`), and beside it
 * what each one answers (`Replies`). The background validates each message it gets and its handlers must
 * answer what the map says (`Handlers`: a missing or drifted handler fails `npm run typecheck`); the pages'
 * and the content script's `ask` take their reply type from the message. Senders import only the types
 * (`import type`), so the content script carries no zod.
 *
 * To the background (from the popup, the options page or the content script): the `type`s below.
 * To a tab's content script (from the popup): the `tab/…` types.
 */
import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';
import type { Backup, Interview, Settings } from './core/model';
import { InterviewerSchema, SettingsSchema, TouchSchema } from './core/model';
import type { ProfileReading } from './linkedin/reading';
import type { PageAnswer, StateReply, TabStatus, VisitAnswer } from './replies';
import type { ImportPreview } from './storage/backup';
import type { LinkedInCheck } from './storage/check';
import type { Conflicted, Failure, StoredInterview } from './storage/types';

const slug = z.string().min(1).max(300);

/** What the content script read from a profile page (`ProfileReading`, see `readProfile` in src/linkedin). */
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
}) satisfies z.ZodType<ProfileReading>;

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

type Ok = { ok: true };
type Updated = { ok: true; updated: boolean };
type SettingsSaved = { ok: true; settings: Settings };
type PersonSaved = { ok: true; interview: Interview };

/**
 * What each background message answers when it succeeds, and the richer failure where there is one.
 * Every message may also answer a plain `Failure` (see `Reply`): a refused sender, an invalid message,
 * storage that failed.
 */
export interface Replies {
  'backup/export': { ok: true; backup: Backup };
  'backup/import': Ok;
  'backup/preview': ImportPreview;
  'store/wipe': Ok;
  'state/get': StateReply;
  'interview/put': { ok: true; interview: StoredInterview } | Conflicted;
  'interview/delete': { ok: true; deleted: StoredInterview | null };
  'interviewer/patch': PersonSaved;
  'interviewer/touch': PersonSaved;
  'settings/patch': SettingsSaved;
  /** The person's answer, or null for someone not in the log. */
  'page/reading': PageAnswer | null;
  'page/invite-sent': Updated;
  'page/note-box': SettingsSaved;
  'page/own-profile': SettingsSaved;
  'page/unreadable': Ok;
  'check/get': { ok: true; check: LinkedInCheck };
  'page/confirm-match': Updated;
  'page/visit': VisitAnswer;
  'page/own': Ok;
  'page/bar': Ok;
  /** Snooze, Skip or Undo from the card: the popup's confirmation, e.g. "Snoozed until …". */
  'page/follow-up': { ok: true; said: string };
  'tab/prepare': Ok;
  'tab/report': { ok: true; report: string };
}

/** The message of type `T`. */
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/**
 * What the background answers to a message of type `T`.
 *
 * @example type R = Reply<'check/get'>; // { ok: true; check: LinkedInCheck } | Failure
 */
export type Reply<T extends MessageType> = Replies[T] | Failure;

/** One handler: the parsed message, the message as sent (for a patch's own keys), and who sent it. */
export type Handler<T extends MessageType> = (
  message: MessageOf<T>,
  raw: unknown,
  sender: Runtime.MessageSender,
) => Promise<Reply<T>>;

/** Every message's handler, each answering what `Replies` says. */
export type Handlers = { [T in MessageType]: Handler<T> };

/** What each content-script message answers. */
export interface TabReplies {
  'tab/status': TabStatus;
  'tab/insert-note': InsertReply;
}
