/**
 * The public face of core (DESIGN.md "Contracts"). Pure: no browser API, no DOM, no clock.
 * Extension code imports the module it needs (rules, notes/draft, notes/lint) so the background never
 * loads the spelling dictionary; tests and outside callers use this file.
 */
export * from './model';
export { draftNote } from './notes/draft';
export { lintNote } from './notes/lint';
export type { LintFinding } from './notes/types';
export { advise } from './rules/advise';
export { planFollowUps } from './rules/plan';
export type { Advice, FollowUp, FollowUpKind, Reason, Tone, Verdict } from './rules/types';
