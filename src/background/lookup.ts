/** The person-matching rule lives in core, shared with the popup. */
export { byName, bySlug, type Match, normaliseName } from '../core/match';
