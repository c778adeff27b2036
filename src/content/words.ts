/**
 * What the helper says on LinkedIn's page, in one place so the card and the bar say it the same way.
 * The verdict's words and colours are not here: they come from the one table every surface uses
 * (src/core/verdicts.ts).
 */
export const CONNECT_AT = {
  'top-card': 'Connect is in the top card.',
  more: 'Connect is under More.',
  none: 'LinkedIn doesn’t offer Connect here.',
};

/** LinkedIn's email gate: what it asks, that we never type it, and what to do instead. */
export const EMAIL =
  'LinkedIn asks for their email; Connect Coach never types it. Thank them by email first, connect once ' +
  'they reply.';

/** LinkedIn's upsell instead of the note box: no personalised notes left this month. */
export const USED_UP =
  'No personalised notes left this month: send without a note, thank them in a message once they accept.';

/** LinkedIn's gate before the note step. */
export const GATE = 'Press “Add a note”, then Insert note here.';

export const REPLACE = 'Replace what you typed in LinkedIn’s box?';

/**
 * Notes left this month, as the dialog said, or ''.
 *
 * @example notesLeft(1) // '1 personalised note left this month.'
 */
export const notesLeft = (remaining: number | null): string =>
  remaining == null ? '' : `${remaining} personalised note${remaining === 1 ? '' : 's'} left this month.`;
