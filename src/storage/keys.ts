/**
 * Where each thing lives in `storage.local`. One key per interview, so edits of different interviews never
 * overwrite each other:
 *
 * - `interview:<id>`: one Interview
 * - `settings`: Settings
 * - `meta`: { schemaVersion, installedAt?, lastNotified }
 * - `quarantine:<originalKey>:<isoTime>`: { key, reason, at, value }, a record that could not be read
 *
 * Beside the log, and no part of it (never exported, read or validated with it):
 * - `linkedin-check`: the LinkedIn check's diagnostics (check.ts)
 */
export const SETTINGS_KEY = 'settings';
export const META_KEY = 'meta';
export const INTERVIEW_PREFIX = 'interview:';
export const QUARANTINE_PREFIX = 'quarantine:';
export const CHECK_KEY = 'linkedin-check';

/** Keys beside the log: a change to them says nothing about the log kept in memory (cache.ts). */
const BESIDE_LOG = new Set([CHECK_KEY]);
/** `isBesideLog('linkedin-check')` → true; `isBesideLog('interview:iv-1')` → false. */
export const isBesideLog = (key: string): boolean => BESIDE_LOG.has(key);

/** `interviewKey('iv-1')` → `'interview:iv-1'`. */
export const interviewKey = (id: string): string => `${INTERVIEW_PREFIX}${id}`;

/** `quarantineKey('interview:iv-1', '2026-03-10T09:00:00.000Z')` → `'quarantine:interview:iv-1:2026-…Z'`. */
export const quarantineKey = (originalKey: string, at: string): string =>
  `${QUARANTINE_PREFIX}${originalKey}:${at}`;

export const isInterviewKey = (key: string): boolean => key.startsWith(INTERVIEW_PREFIX);
export const isQuarantineKey = (key: string): boolean => key.startsWith(QUARANTINE_PREFIX);

/** Names a stored record for a person: "Your settings", "The interview record "iv-1"". */
export function describeKey(key: string): string {
  if (key === SETTINGS_KEY) return 'Your settings';
  if (key === META_KEY) return "Connect Coach's own bookkeeping";
  if (isInterviewKey(key)) return `The interview record "${key.slice(INTERVIEW_PREFIX.length)}"`;
  return `The record "${key}"`;
}
