/** The product's short labels for the rules' codes, shared by the popup and the options page. */
import type { InterviewerRole } from '../core/model';
import type { FollowUpKind, Tone, Verdict } from '../core/rules/types';

/** The verdict badge's text: the verdict must read without its colour. */
export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  send: 'Send now',
  prepare: 'Prepare first',
  wait: 'Wait',
  sent: 'Invitation sent',
  connected: 'Connected',
  avoid: 'Hold off',
};

export const TONE_LABEL: Readonly<Record<Tone, string>> = {
  thanks: 'Thank you',
  nudge: 'Gentle reminder',
  late: 'Re-introduction',
  gracious: 'After a no',
  welcome: 'After an offer',
};

export const TONES = Object.keys(TONE_LABEL) as Tone[];

/** What a follow-up asks the person to do, as a verb phrase: "Connect with Priya". */
export const FOLLOW_UP_LABEL: Readonly<Record<FollowUpKind, string>> = {
  connect: 'Connect with',
  nudge: 'Send a gentle note to',
  'check-in': 'Check in with',
  prepare: 'Finish your profile, then connect with',
};

export const ROLE_LABEL: Readonly<Record<InterviewerRole, string>> = {
  recruiter: 'Recruiter',
  'hiring-manager': 'Hiring manager',
  panel: 'Panel member',
  executive: 'Executive',
  other: 'Other',
};
