/**
 * The stored layout's versions, as an ordered list of small steps: `MIGRATIONS[n]` turns version n into
 * n + 1. Each step takes every stored item and returns the new items (the store writes only the difference).
 * Steps change only what they recognise, so running one on data that is already newer changes nothing:
 * a lost `meta` record can never damage the log.
 */
import { normaliseProfileUrl } from '../core/profile-address';
import type { Items } from './browser';
import { interviewKey, isInterviewKey, SETTINGS_KEY } from './keys';
import { addRevisions } from './revisions';

export type Migration = (items: Items) => Items;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 0 → 1: the first prototype kept the whole log under one `interviews` key; give each interview its own
 * `interview:<id>` key. A record without a usable id, or whose id is already taken, goes under
 * `interview:legacy-<n>`, where reading sets it aside into quarantine rather than losing it.
 */
export function splitLegacyLog(items: Items): Items {
  if (!('interviews' in items)) return items;
  const { interviews: legacy, ...next } = items;
  const records = Array.isArray(legacy) ? legacy : [legacy];
  records.forEach((record, index) => {
    const id = isRecord(record) && typeof record.id === 'string' && record.id !== '' ? record.id : null;
    let key = id === null ? interviewKey(`legacy-${index}`) : interviewKey(id);
    if (key in next) key = interviewKey(`legacy-${index}`);
    for (let extra = 2; key in next; extra++) key = interviewKey(`legacy-${index}-${extra}`);
    next[key] = record;
  });
  return next;
}

/**
 * `linkedin.com/in/jo`, `https://uk.linkedin.com/in/Jo?trk=x` → `https://www.linkedin.com/in/jo/`; null for
 * anything that is not a profile address.
 */
export function canonicalProfileUrl(value: unknown): string | null {
  return typeof value === 'string' ? normaliseProfileUrl(value) : null;
}

/** One interviewer's `linkedin` → `profileUrl`; an address that can't be read is returned for the notes. */
function renameLinkedin(person: Record<string, unknown>): {
  person: Record<string, unknown>;
  unread?: string;
} {
  const { linkedin, ...rest } = person;
  if (rest.profileUrl !== undefined || linkedin === undefined || linkedin === null || linkedin === '') {
    return { person: rest };
  }
  const profileUrl = canonicalProfileUrl(linkedin);
  if (profileUrl) return { person: { ...rest, profileUrl } };
  return { person: rest, unread: `LinkedIn address saved for ${String(rest.name)}: ${String(linkedin)}` };
}

/**
 * 1 → 2: an interviewer's LinkedIn address was `linkedin`, in whatever form it was pasted; it is now
 * `profileUrl` in its one stored form. An address that is not a profile's is kept in the interview's notes.
 */
export function renameLinkedinToProfileUrl(items: Items): Items {
  const next: Items = { ...items };
  for (const [key, interview] of Object.entries(items)) {
    if (!isInterviewKey(key) || !isRecord(interview) || !Array.isArray(interview.interviewers)) continue;
    if (!interview.interviewers.some((person) => isRecord(person) && 'linkedin' in person)) continue;
    // Notes that aren't text can't take a line: leave this record for reading to set aside whole.
    if (interview.notes !== undefined && typeof interview.notes !== 'string') continue;
    const unread: string[] = [];
    const interviewers = interview.interviewers.map((person) => {
      if (!isRecord(person)) return person;
      const renamed = renameLinkedin(person);
      if (renamed.unread) unread.push(renamed.unread);
      return renamed.person;
    });
    const notes = [interview.notes, ...unread].filter(Boolean).join('\n');
    next[key] = { ...interview, interviewers, ...(notes ? { notes } : {}) };
  }
  return next;
}

const CHECKLIST_PARTS = ['photo', 'headline', 'currentRole', 'about'] as const;

/**
 * 3 → 4: the profile checklist learned "unknown". Until now every part defaulted to `false`, so a
 * checklist never read from LinkedIn with nothing ticked was never answered: it becomes all "unknown"
 * (not "missing"). Anything ticked or read from the page says the person answered, and stays as it is.
 */
export function unansweredChecklistToUnknown(items: Items): Items {
  const settings = items[SETTINGS_KEY];
  if (!isRecord(settings) || !isRecord(settings.profile)) return items;
  const profile = settings.profile;
  if (profile.readAt !== undefined) return items;
  if (!CHECKLIST_PARTS.every((part) => profile[part] === false || profile[part] === undefined)) return items;
  const unknown = Object.fromEntries(CHECKLIST_PARTS.map((part) => [part, 'unknown']));
  return { ...items, [SETTINGS_KEY]: { ...settings, profile: { ...profile, ...unknown } } };
}

/** Ordered: index n migrates version n to n + 1. Append new steps; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  splitLegacyLog,
  renameLinkedinToProfileUrl,
  addRevisions,
  unansweredChecklistToUnknown,
];

/** The version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs every step from `from` up to SCHEMA_VERSION: `migrate(items, 0)` brings a prototype's data up to date. */
export function migrate(items: Items, from: number): Items {
  return MIGRATIONS.slice(Math.max(0, from)).reduce((current, step) => step(current), items);
}
