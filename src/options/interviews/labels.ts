/** The interview form's choices in words. */
import type { ConnectionPolicy, Culture, InviteState, Outcome } from '../../core/model';

export const CULTURE_LABEL: Readonly<Record<Culture, string>> = {
  formal: 'Formal',
  neutral: 'In between',
  relaxed: 'Relaxed',
};

export const POLICY_LABEL: Readonly<Record<ConnectionPolicy, string>> = {
  welcome: 'They welcome it',
  unknown: "I don't know",
  discouraged: 'They discourage it',
};

export const OUTCOME_LABEL: Readonly<Record<Outcome, string>> = {
  pending: 'Still waiting',
  offer: 'Offer',
  rejected: 'Not this time',
  withdrawn: 'I withdrew',
};

export const INVITE_LABEL: Readonly<Record<InviteState, string>> = {
  none: 'Not sent',
  sent: 'Sent, pending',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};
