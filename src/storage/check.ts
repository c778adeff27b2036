/**
 * The LinkedIn check (issue: "a person sees at a glance whether LinkedIn changed"): when a profile of
 * each layout was last read correctly, and the last page that could not be read. Diagnostics only, kept
 * under its own key apart from the log: never exported, never quarantined, and a damaged value reads as
 * "nothing seen yet" (losing it loses no part of the person's log).
 */
import { local } from './browser';
import { CHECK_KEY } from './keys';
import { serial } from './queue';

export { CHECK_KEY };

export type Layout = 'ember' | 'sdui' | 'unknown';
/** What could not be read: no layout we know, no top card for the address's person, or an invitation
 * dialog whose note box was not found. */
export type Unreadable = 'layout-unknown' | 'no-top-card' | 'no-note-box';

export interface LinkedInCheck {
  /** Per known layout, the last correct reading and how the card was found (by structure, or by name). */
  read: Partial<Record<'ember' | 'sdui', { at: string; found: 'structure' | 'name' }>>;
  failure: { at: string; layout: Layout; what: Unreadable } | null;
}

const EMPTY: LinkedInCheck = { read: {}, failure: null };
/** A visit a minute is plenty to say "read correctly today": no write on every profile load. */
const QUIET_MS = 10 * 60_000;

const isIso = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * The stored check, or an empty one when it is missing or damaged.
 *
 * @example parseCheck({ read: { sdui: { at: '2026-12-01T09:00:00.000Z', found: 'structure' } } })
 */
export function parseCheck(value: unknown): LinkedInCheck {
  if (typeof value !== 'object' || value === null) return EMPTY;
  const { read, failure } = value as Partial<LinkedInCheck>;
  const out: LinkedInCheck = { read: {}, failure: null };
  for (const layout of ['ember', 'sdui'] as const) {
    const seen = read?.[layout];
    if (seen && isIso(seen.at) && (seen.found === 'structure' || seen.found === 'name'))
      out.read[layout] = { at: seen.at, found: seen.found };
  }
  if (failure && isIso(failure.at) && ['ember', 'sdui', 'unknown'].includes(failure.layout))
    if (['layout-unknown', 'no-top-card', 'no-note-box'].includes(failure.what)) out.failure = failure;
  return out;
}

export function readCheck(): Promise<LinkedInCheck> {
  return serial(async () => parseCheck((await local().get(CHECK_KEY))[CHECK_KEY]));
}

function update(change: (check: LinkedInCheck) => LinkedInCheck | null): Promise<void> {
  return serial(async () => {
    const next = change(parseCheck((await local().get(CHECK_KEY))[CHECK_KEY]));
    if (next) await local().set({ [CHECK_KEY]: next });
  });
}

/**
 * Notes a correct reading of a profile in `layout`; skipped when the same was noted minutes ago.
 *
 * @example await recordRead('sdui', 'structure', new Date());
 */
export function recordRead(layout: Layout, found: 'structure' | 'name', now: Date): Promise<void> {
  if (layout === 'unknown') return Promise.resolve();
  return update((check) => {
    const last = check.read[layout];
    if (last?.found === found && now.getTime() - Date.parse(last.at) < QUIET_MS) return null;
    return { ...check, read: { ...check.read, [layout]: { at: now.toISOString(), found } } };
  });
}

/**
 * Notes a page that could not be read (the latest one wins).
 *
 * @example await recordFailure('sdui', 'no-top-card', new Date());
 */
export function recordFailure(layout: Layout, what: Unreadable, now: Date): Promise<void> {
  return update((check) => ({ ...check, failure: { at: now.toISOString(), layout, what } }));
}
