/**
 * The log's plain values (its enumerations and the note limits), without zod: what the popup, the rules
 * and the notes need at run time, so loading them doesn't build every schema (model.ts re-exports them).
 */
export const CULTURES = ['formal', 'neutral', 'relaxed'] as const;
export const POLICIES = ['welcome', 'unknown', 'discouraged'] as const;
export const OUTCOMES = ['pending', 'offer', 'rejected', 'withdrawn'] as const;
export const ROLES = ['recruiter', 'hiring-manager', 'panel', 'executive', 'other'] as const;
export const INVITE_STATES = ['none', 'sent', 'accepted', 'declined', 'withdrawn'] as const;
export const TOUCH_KINDS = ['message', 'comment', 'email', 'call'] as const;
export const TIMING_STYLES = ['days', 'decision'] as const;

/** The note limits of LinkedIn's accounts, as its note box counts them (UTF-16 code units). */
export const NOTE_LIMITS = { free: 200, premium: 300 } as const;

/** The note limit of the person's account, as LinkedIn's note box counts it (UTF-16 code units). */
export const noteLimit = (settings: { accountTier: keyof typeof NOTE_LIMITS }): number =>
  NOTE_LIMITS[settings.accountTier];
