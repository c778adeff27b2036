/** The rules' public face: extension code imports this rather than core/index (which loads the notes). */
export { type AdviseInput, advise } from './advise';
export { actionableNow, deadlineOf, heldDue, isOverdue, isSkipped, snoozeUntil } from './hold';
export { type PlanInput, planFollowUps } from './plan';
export { REASON_CODES, type ReasonCode } from './reasons';
export type { Advice, FollowUp, FollowUpKind, Reason, Tone, Verdict } from './types';
