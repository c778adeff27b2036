/**
 * The public face of core (DESIGN.md "Contracts"). Pure: no browser API, no DOM, no clock.
 * Extension code imports the module it needs (rules, notes/draft, notes/lint) so the background never
 * loads the spelling dictionary; tests and outside callers use this file.
 */
export * from './model';
export { type DraftInput, draftNote, NOTE_VARIANTS } from './notes/draft';
export { lintNote } from './notes/lint';
export type { LintFinding } from './notes/types';
export {
  type Advice,
  advise,
  type FollowUp,
  type FollowUpKind,
  planFollowUps,
  REASON_CODES,
  type Reason,
  type ReasonCode,
  type Tone,
  type Verdict,
} from './rules';
