/** The shapes advise() and planFollowUps() answer with (DESIGN.md "Contracts"). */

/** What to do about one interviewer now, in order of precedence: avoid, sent, connected, wait, prepare, send. */
export type Verdict = 'avoid' | 'sent' | 'connected' | 'wait' | 'prepare' | 'send';

/** The kind of note that fits the moment. */
export type Tone = 'thanks' | 'nudge' | 'late' | 'gracious' | 'welcome';

/** One reason for a verdict: a stable code for code and tests, a plain sentence for the person. */
export interface Reason {
  code: string;
  text: string;
}

export interface Advice {
  verdict: Verdict;
  /** When sending a connection request becomes fitting (09:00 local on its day). Null when it never will. */
  opensAt: Date | null;
  /** Send by then for the best effect. */
  idealBy: Date | null;
  /** After this a note needs to re-introduce the person. */
  lateAfter: Date | null;
  /** For a connection: when a light touch is next due; null when none is (or stop: over-messaged). */
  nextTouchAt: Date | null;
  tone: Tone;
  /** Most important first. */
  reasons: Reason[];
}

export type FollowUpKind = 'connect' | 'nudge' | 'check-in' | 'prepare' | 'thank-you-email';

export interface FollowUp {
  interviewId: string;
  interviewerId: string;
  kind: FollowUpKind;
  dueAt: Date;
  /** The interviewer's advice (for a thank-you email too: the row shows where the LinkedIn side stands). */
  advice: Advice;
  /** A thank-you email's last good moment, the end of the next working day; the other kinds read theirs
   * from the advice (see deadlineOf). */
  by?: Date;
}
