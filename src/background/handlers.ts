/**
 * The background's answers: every runtime message is validated with MessageSchema, then routed to the
 * store or the writer. `handle` never throws; tests call it directly.
 */
import type { Runtime } from 'webextension-polyfill';
import type { z } from 'zod';
import { type Message, MessageSchema } from '../messages';
import { exportBackup, importBackup, previewImport } from '../storage/backup';
import { readCheck, recordFailure, recordRead } from '../storage/check';
import { readFailure, saveFailure } from '../storage/errors';
import { fieldIssues, firstIssue, plainError } from '../storage/issues';
import { readAll, wipeStore } from '../storage/store';
import type { Failure } from '../storage/types';
import { logChanged } from './commit';
import { fromLinkedInTop, NOT_LINKEDIN, onDemandHandlers, senderSlug } from './on-demand';
import { answerFor, findReading } from './page';
import { pageFollowUp } from './page-follow-up';
import { applyReading, confirmMatch, markInviteSent, noteBoxSeen, ownProfileSeen } from './page-log';
import { planItems } from './plan';
import { fromOwnPage, NOT_OURS, TOO_FAST, withinRate } from './senders';
import { addTouch, deleteInterview, patchInterviewer, patchSettings, putInterview } from './writer';

type Handlers = {
  [T in Message['type']]: (
    message: Extract<Message, { type: T }>,
    raw: unknown,
    sender: Runtime.MessageSender,
  ) => Promise<unknown>;
};

/**
 * Only the keys the sender wrote: a patch parsed with the model's schema gains every default (a patch of
 * `name` alone would otherwise reset the invitation and the touches).
 */
function sentKeys<T extends object>(parsed: T, raw: unknown): Partial<T> {
  const rawPatch = (raw as { patch?: unknown }).patch;
  if (typeof rawPatch !== 'object' || rawPatch === null) return {};
  const sent = Object.keys(rawPatch).filter(
    (key) => (rawPatch as Record<string, unknown>)[key] !== undefined,
  );
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => sent.includes(key))) as Partial<T>;
}

async function pageReading(reading: Extract<Message, { type: 'page/reading' }>['reading']) {
  const now = new Date();
  const update = await applyReading(reading, now);
  await noteReading(reading, now);
  if (!update.ok) console.warn('Connect Coach could not update the log from the page:', update.error);
  const state = await readAll();
  const match = findReading(state, reading);
  return match ? answerFor(match, state.settings, now, state.interviews) : null;
}

/** A correct reading goes into the LinkedIn check; its failure to record never fails the reading. */
function noteReading(reading: { layout?: string; found?: string }, now: Date): Promise<void> {
  const layout = reading.layout === 'ember' || reading.layout === 'sdui' ? reading.layout : 'unknown';
  return recordRead(layout, reading.found === 'name' ? 'name' : 'structure', now).catch((error) =>
    console.warn('Connect Coach could not note the LinkedIn check:', error),
  );
}

const HANDLERS: Handlers = {
  'backup/export': async () => ({ ok: true, backup: await exportBackup() }),
  'backup/import': async ({ backup, mode }) => {
    const answer = await importBackup(backup, mode);
    if (answer.ok) logChanged();
    return answer;
  },
  'backup/preview': ({ backup, mode }) => previewImport(backup, mode),
  'store/wipe': async () => {
    await wipeStore();
    logChanged();
    return { ok: true };
  },
  'state/get': async () => ({ ok: true, ...(await readAll()) }),
  'interview/put': ({ interview, base }) => putInterview(interview, base),
  'interview/delete': ({ id }) => deleteInterview(id),
  'interviewer/patch': ({ interviewId, interviewerId, patch }, raw) =>
    patchInterviewer(interviewId, interviewerId, sentKeys(patch, raw)),
  'interviewer/touch': ({ interviewId, interviewerId, touch }) => addTouch(interviewId, interviewerId, touch),
  'settings/patch': ({ patch }, raw) => patchSettings(sentKeys(patch, raw)),
  'page/reading': ({ reading }) => pageReading(reading),
  'page/invite-sent': ({ slug, note, at }) => markInviteSent(slug, note, at),
  'page/note-box': ({ limit, remaining }) => noteBoxSeen(limit, remaining, new Date()),
  'page/unreadable': async ({ layout, what }) => {
    await recordFailure(layout, what, new Date());
    return { ok: true };
  },
  'check/get': async () => ({ ok: true, check: await readCheck() }),
  'page/own-profile': ({ checklist }, _raw, sender) =>
    ownProfileSeen(checklist, new Date(), senderSlug(sender)),
  // Only the profile the page is on can be confirmed as the person's.
  'page/confirm-match': async ({ interviewId, interviewerId, slug }, _raw, sender) =>
    senderSlug(sender) === slug
      ? confirmMatch(interviewId, interviewerId, slug)
      : { ok: false, error: 'Only the profile on this page can be confirmed.' },
  'page/follow-up': (message, _raw, sender) => pageFollowUp(message, senderSlug(sender), new Date()),
  'plan/get': async () => ({ ok: true, plan: planItems(await readAll(), new Date()) }),
  ...onDemandHandlers,
};

/**
 * An invalid message. A patch's field errors are the person's to fix, so they are answered like a refused
 * write: `{ ok: false, error, issues: [{ path: 'name', message: 'must not be empty' }] }`.
 */
function refusal(error: z.ZodError): Failure {
  const issues = fieldIssues(error);
  const [first] = issues;
  if (first?.path.startsWith('patch.')) {
    const fields = issues.map((issue) => ({ ...issue, path: issue.path.replace(/^patch\./, '') }));
    return {
      ok: false,
      error: `This change can't be saved: ${fields[0]?.path} ${first.message}.`,
      issues: fields,
    };
  }
  return {
    ok: false,
    error: `Connect Coach did not understand a request: ${firstIssue(error, 'it')}.`,
    issues,
  };
}

/**
 * Answers one runtime message: see the Replies in the report (state/get → { ok, settings, interviews, … },
 * page/reading → PageAnswer | null, …); anything invalid → { ok: false, error }.
 *
 * @example await handle({ type: 'state/get' }, {}) // { ok: true, settings, interviews, quarantine, problems, readOnly }
 */
export async function handle(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const ours = fromOwnPage(sender);
  if (!ours) {
    // Checked before reading the message: a flood or a forbidden request costs no work.
    if (!String((message as { type?: unknown } | null)?.type).startsWith('page/')) {
      return { ok: false, error: NOT_OURS };
    }
    if (!withinRate(sender, Date.now())) return { ok: false, error: TOO_FAST };
  }
  const parsed = MessageSchema.safeParse(message, { error: plainError });
  if (!parsed.success) return refusal(parsed.error);
  // page/* only from the top frame of a LinkedIn tab: an extension page has no page to speak of.
  if (parsed.data.type.startsWith('page/') && !fromLinkedInTop(sender)) return NOT_LINKEDIN;
  try {
    const route = HANDLERS[parsed.data.type] as (
      message: Message,
      raw: unknown,
      sender: Runtime.MessageSender,
    ) => Promise<unknown>;
    return await route(parsed.data, message, sender);
  } catch (error) {
    return READS.has(parsed.data.type) ? readFailure(error) : saveFailure(error);
  }
}

/** Messages that only read the log: a failure there is no failed save. */
const READS = new Set<Message['type']>([
  'state/get',
  'backup/export',
  'backup/preview',
  'plan/get',
  'check/get',
]);
