/**
 * The public face of core (DESIGN.md "Contracts"). Pure: no browser API, no DOM, no clock.
 * Extension code imports the module it needs (rules, notes/draft, notes/lint) so the background never
 * loads the spelling dictionary; tests and outside callers use this file. The exports (export/ics,
 * export/csv) are core's only modules with libraries beyond zod and date-fns (ical-generator, papaparse):
 * pages load them with a dynamic import when the person asks for a file, never on first render.
 */

export { type ThankYouEmailDue, thankYouEmailsDue } from './email/due';
export { draftThankYouEmail, mailtoLink, type ThankYouEmail } from './email/thank-you';
export { logToCsv } from './export/csv';
export { type CalendarFollowUp, followUpsToIcs, followUpUid } from './export/ics';
export * from './model';
export { type DraftInput, draftNote, NOTE_VARIANTS } from './notes/draft';
export { lintNote } from './notes/lint';
export type { LintFinding } from './notes/types';
export { type NotePlan, type NotePlanItem, notePlanLine, planNotes } from './planner/plan-notes';
export { advise } from './rules/advise';
export { planFollowUps } from './rules/plan';
export { REASON_CODES, type ReasonCode } from './rules/reasons';
export { TIMING_STYLE_LABELS } from './rules/timing';
export type { Advice, FollowUp, FollowUpKind, Reason, Tone, Verdict } from './rules/types';
