/**
 * draftNote(): a personal connection note for one interviewer, written from the log (DESIGN.md "Notes").
 * It never loads the spelling dictionary: the background and content script use it, and only the popup
 * and options page load lint.ts.
 */
import type { Interview, Settings } from '../model';
import { advise } from '../rules/advise';
import type { Tone } from '../rules/types';
import { writeNote } from './compose';
import { WORDINGS } from './wordings';

export interface DraftInput {
  interview: Interview;
  interviewerId: string;
  settings: Settings;
  /** By default the tone advise() finds for this moment. */
  tone?: Tone | undefined;
  /** Which wording, 0 to NOTE_VARIANTS[tone] − 1 (other integers wrap). By default the panel place. */
  variant?: number | undefined;
  now?: Date | undefined;
}

/** How many wordings each tone has, for the UI's "another wording" control. */
export const NOTE_VARIANTS: Readonly<Record<Tone, number>> = {
  thanks: WORDINGS.thanks.length,
  nudge: WORDINGS.nudge.length,
  late: WORDINGS.late.length,
  gracious: WORDINGS.gracious.length,
  welcome: WORDINGS.welcome.length,
};

/**
 * A note that greets the person, thanks them for the conversation about the role, names one topic and
 * looks ahead, always within the account's limit (200 free, 300 Premium, in UTF-16 code units).
 * Throws when the interview has no such interviewer.
 *
 * @example
 * draftNote({ interview, interviewerId: 'ana', settings, tone: 'thanks', now: new Date(2026, 2, 11) })
 * // 'Hi Ana, thank you for our conversation about the Data Engineer role at Acme. I especially enjoyed …'
 */
export function draftNote({ interview, interviewerId, settings, tone, variant, now }: DraftInput): string {
  // The one clock read of the notes module; callers that pass `now` (tests, the background) keep it pure.
  const at = now ?? new Date();
  const chosen = tone ?? advise({ interview, interviewerId, settings, now: at }).tone;
  return writeNote({ interview, interviewerId, settings, tone: chosen, variant, now: at });
}
