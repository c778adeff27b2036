/**
 * Reading the stored items into a typed log, pure (no storage, no clock): every record is validated with
 * the model's schemas, and one that fails is set aside into quarantine, never dropped, while the rest of
 * the log keeps working.
 */
import { type Interview, InterviewSchema, type Settings, SettingsSchema } from '../core/model';
import type { Items } from './browser';
import { type Changes, same } from './changes';
import { firstIssue, plainError } from './issues';
import {
  describeKey,
  INTERVIEW_PREFIX,
  isInterviewKey,
  isQuarantineKey,
  META_KEY,
  QUARANTINE_PREFIX,
  quarantineKey,
  SETTINGS_KEY,
} from './keys';
import { revisionOf } from './revisions';
import {
  type Meta,
  MetaSchema,
  type QuarantineEntry,
  QuarantineEntrySchema,
  type StoredInterview,
  type StoredState,
} from './types';

export interface Reading {
  state: StoredState;
  /** The bookkeeping record as found, or a fresh one (version 0) when it is missing or unreadable. */
  meta: Meta;
  /** The writes that move unreadable records aside (and put default settings in place of unreadable ones). */
  fixes: Changes;
}

/** Oldest interview first; the same time sorts by id, so exports are stable. */
export const byTime = (a: Interview, b: Interview): number =>
  Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The stored quarantine entries; one whose own shape was damaged is shown as found, never rewritten. */
function storedQuarantine(items: Items, at: string): QuarantineEntry[] {
  return Object.entries(items)
    .filter(([key]) => isQuarantineKey(key))
    .map(([key, value]) => {
      const parsed = QuarantineEntrySchema.safeParse(value);
      if (parsed.success) return parsed.data;
      return {
        key: key.slice(QUARANTINE_PREFIX.length),
        reason: 'This quarantine record was damaged.',
        at,
        value,
      };
    });
}

/**
 * Validates every record in `items`. With `readOnly` (data from a newer version), an unreadable record is
 * copied aside once and left where it is, since the newer version may still read it.
 *
 * @example readItems({ settings: { yourName: 'Alex' } }, '2026-03-10T09:00:00.000Z', false).state.settings.yourName // 'Alex'
 */
export function readItems(items: Items, at: string, readOnly: boolean): Reading {
  const fixes: Changes = { set: {}, remove: [] };
  const quarantine = storedQuarantine(items, at);
  const problems: string[] = [];

  const setAside = (key: string, value: unknown, reason: string) => {
    const entry: QuarantineEntry = { key, reason, at, value };
    const kept = quarantine.some((old) => old.key === key && same(old.value, value));
    if (readOnly && kept) return;
    let target = quarantineKey(key, at);
    for (let extra = 2; target in items || target in fixes.set; extra++)
      target = `${quarantineKey(key, at)}-${extra}`;
    fixes.set[target] = entry;
    if (!readOnly) fixes.remove.push(key);
    quarantine.push(entry);
    problems.push(`${describeKey(key)} couldn't be read and was set aside: ${reason}.`);
  };

  const meta = readMetaRecord(items, setAside);
  const settings = readSettings(items, readOnly, fixes, setAside);
  const interviews: StoredInterview[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!isInterviewKey(key)) continue;
    const parsed = InterviewSchema.safeParse(value, { error: plainError });
    const keyId = key.slice(INTERVIEW_PREFIX.length);
    if (!parsed.success) setAside(key, value, firstIssue(parsed.error, 'the record'));
    else if (parsed.data.id !== keyId)
      setAside(key, value, `it was stored under "${keyId}" but its id is "${parsed.data.id}"`);
    else interviews.push({ ...parsed.data, revision: revisionOf(value) });
  }

  interviews.sort(byTime);
  quarantine.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.key < b.key ? -1 : 1));
  return { state: { settings, interviews, quarantine, problems, readOnly }, meta, fixes };
}

function readSettings(
  items: Items,
  readOnly: boolean,
  fixes: Changes,
  setAside: (key: string, value: unknown, reason: string) => void,
): Settings {
  const defaults = SettingsSchema.parse({});
  if (items[SETTINGS_KEY] === undefined) return defaults;
  const parsed = SettingsSchema.safeParse(items[SETTINGS_KEY], { error: plainError });
  if (parsed.success) return parsed.data;
  setAside(SETTINGS_KEY, items[SETTINGS_KEY], firstIssue(parsed.error, 'the record'));
  if (!readOnly) fixes.set[SETTINGS_KEY] = defaults;
  return defaults;
}

/** The stored layout's version: 0 when `meta` is missing or unreadable (every migration step is safe to rerun). */
export function storedVersion(items: Items): number {
  const parsed = MetaSchema.safeParse(items[META_KEY]);
  return parsed.success ? parsed.data.schemaVersion : 0;
}

function readMetaRecord(items: Items, setAside: (key: string, value: unknown, reason: string) => void): Meta {
  const fresh: Meta = { schemaVersion: 0, lastNotified: {} };
  if (items[META_KEY] === undefined) return fresh;
  const parsed = MetaSchema.safeParse(items[META_KEY], { error: plainError });
  if (parsed.success) return parsed.data;
  setAside(META_KEY, items[META_KEY], firstIssue(parsed.error, 'the record'));
  return fresh;
}
