/** The shapes storage keeps beside the log itself, and what a read of the whole store answers. */
import { z } from 'zod';
import { type Interview, IsoDateTime, type Settings } from '../core/model';
import type { Conflict } from './merge';

export const MetaSchema = z.object({
  schemaVersion: z.int().min(0),
  /** When the extension was first installed (set by runtime.onInstalled). */
  installedAt: IsoDateTime.optional(),
  /** Follow-ups already notified, keyed `interviewId/interviewerId/kind/dueAt`, with when. */
  lastNotified: z.record(z.string(), IsoDateTime).default({}),
});
export type Meta = z.infer<typeof MetaSchema>;

export const QuarantineEntrySchema = z.object({
  /** The key the record was stored under. */
  key: z.string(),
  /** Why it could not be read, in plain words. */
  reason: z.string(),
  at: IsoDateTime,
  /** The record exactly as it was found. */
  value: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

/** An interview as stored: with its revision, which grows by one with each write of it (revisions.ts). */
export type StoredInterview = Interview & { revision: number };

/** Everything a surface needs to show the log. */
export interface StoredState {
  settings: Settings;
  /** Oldest interview first. */
  interviews: StoredInterview[];
  quarantine: QuarantineEntry[];
  /** Sentences about records this read could not use (set aside into quarantine), for the person. */
  problems: string[];
  /** True when the data was written by a newer version: nothing is changed until the extension updates. */
  readOnly: boolean;
}

/** One field a write refused, e.g. `{ path: 'interviewers[0].name', message: 'must not be empty' }`. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * Every failure answer of the extension (a refused or failed write, a refused sender, an invalid message):
 * one sentence for the person, and the fields at fault when there are any.
 */
export interface Failure {
  ok: false;
  error: string;
  issues?: FieldIssue[];
}

/** A change refused because the interview changed elsewhere meanwhile: what is stored now, and why. */
export type Conflicted = Failure & { conflict: { current: StoredInterview | null; conflicts: Conflict[] } };
