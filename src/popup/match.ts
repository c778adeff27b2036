/** The person-matching rule lives in core, shared with the background's helper card. */
export { findPerson, type Match, profileUrlOf } from '../core/match';
