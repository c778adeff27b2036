/**
 * One voice for the verdict on every surface: the words a person reads and the colour that repeats them,
 * for the popup, the helper card on LinkedIn's page, Follow-ups and the notifications. No imports: the
 * page's helper bundle (≤ 8 KB) takes this table as it is.
 */
import type { FollowUpKind, Verdict } from './rules/types';

export interface VerdictLook {
  /** The verdict as a person reads it (DESIGN.md "Contracts": the card's region name uses these words). */
  label: string;
  /** Its colour in a light and a dark scheme, each AA-contrast (4.5:1) on that scheme's background. */
  light: string;
  dark: string;
}

const GO = { light: '#146c43', dark: '#6fd19b' };
const HOLD = { light: '#8a5300', dark: '#f0b357' };
const OUT = { light: '#0b5cad', dark: '#8ab4f8' };
const STOP = { light: '#b3261e', dark: '#f28b82' };

/**
 * @example VERDICTS.avoid.label // → 'Better not to connect'
 */
export const VERDICTS: Readonly<Record<Verdict, VerdictLook>> = {
  send: { label: 'Send now', ...GO },
  prepare: { label: 'Prepare your profile', ...HOLD },
  wait: { label: 'Wait', ...HOLD },
  sent: { label: 'Request sent', ...OUT },
  connected: { label: 'Connected', ...GO },
  avoid: { label: 'Better not to connect', ...STOP },
};

/**
 * The CSS custom properties a surface sets on the verdict's element; its stylesheet picks `--verdict`
 * from them by colour scheme.
 *
 * @example verdictStyle('send') // → '--verdict-light:#146c43;--verdict-dark:#6fd19b'
 */
export const verdictStyle = (verdict: Verdict): string =>
  `--verdict-light:${VERDICTS[verdict].light};--verdict-dark:${VERDICTS[verdict].dark}`;

/**
 * What a follow-up asks the person to do, as a verb phrase before the name: the Follow-ups rows, the
 * popup's list and the notifications' titles all say it this way.
 *
 * @example `${FOLLOW_UP_ACTION.connect} Priya` // → 'Connect with Priya'
 */
export const FOLLOW_UP_ACTION: Readonly<Record<FollowUpKind, string>> = {
  connect: 'Connect with',
  nudge: 'Send a gentle note to',
  'check-in': 'Check in with',
  prepare: 'Finish your profile, then connect with',
  'thank-you-email': 'Send a thank-you email to',
};
