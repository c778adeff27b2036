/** The product's short labels for the rules' codes, shared by the popup and the options page. */
import type { InterviewerRole } from '../core/model';
import type { Tone } from '../core/rules/types';

export const TONE_LABEL: Readonly<Record<Tone, string>> = {
  thanks: 'Thank you',
  nudge: 'Gentle reminder',
  late: 'Re-introduction',
  gracious: 'After a no',
  welcome: 'After an offer',
};

export const TONES = Object.keys(TONE_LABEL) as Tone[];

export const ROLE_LABEL: Readonly<Record<InterviewerRole, string>> = {
  recruiter: 'Recruiter',
  'hiring-manager': 'Hiring manager',
  panel: 'Panel member',
  executive: 'Executive',
  other: 'Other',
};
