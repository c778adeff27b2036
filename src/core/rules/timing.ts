/**
 * The timing style: which convention decides when an invitation fits. Advice sources disagree: the seed
 * article says a few days after the interview (sooner where the culture is relaxed); The Muse and many
 * recruiters say wait until the decision. The person chooses in Settings, and every verdict ends with a
 * reason naming the convention, so the advice never hides which one it followed.
 */
import type { Interview, Interviewer, Settings, TimingStyle } from '../model';
import type { InterviewTimes } from './interview-times';
import { type CodedReason, reason, type Voice } from './reasons';
import type { Verdict } from './types';

/** The styles as Settings and the reasons name them. */
export const TIMING_STYLE_LABELS: Readonly<Record<TimingStyle, string>> = {
  days: 'After a few days',
  decision: 'After the decision',
};

/**
 * A recruiter at a company that welcomes connecting has, in effect, said to connect: the one exception
 * "After the decision" makes while the outcome is pending.
 */
const saidToConnect = (interview: Interview, person: Interviewer): boolean =>
  person.role === 'recruiter' && interview.connectionPolicy === 'welcome';

/**
 * True when "After the decision" holds the invitation back: the outcome is still pending and this is not
 * a recruiter who said to connect.
 *
 * @example
 * holdsForDecision(times, sam, { ...settings, timingStyle: 'decision' }) // pending, hiring manager → true
 */
export function holdsForDecision(times: InterviewTimes, person: Interviewer, settings: Settings): boolean {
  return (
    settings.timingStyle === 'decision' &&
    times.interview.outcome === 'pending' &&
    !saidToConnect(times.interview, person)
  );
}

/** The reason that leads a verdict held back for the decision. */
export const decisionPendingReason = (voice: Voice): CodedReason =>
  reason(
    'decision-pending',
    `${voice.company} has not decided yet: record the outcome when you hear, and your window opens from then.`,
  );

const TIMING_VERDICTS: ReadonlySet<Verdict> = new Set(['wait', 'prepare', 'send']);

/**
 * The last reason of every verdict: which convention decided, and how.
 *
 * @example
 * timingReason(verdict, times, person, settings, voice)
 * // → 'Timing style “After a few days”: a few days after the interview, …, without waiting for the decision.'
 */
export function timingReason(
  verdict: Verdict,
  times: InterviewTimes,
  person: Interviewer,
  settings: Settings,
  voice: Voice,
): CodedReason {
  const style = settings.timingStyle;
  const lead = `Timing style “${TIMING_STYLE_LABELS[style]}”`;
  if (!TIMING_VERDICTS.has(verdict))
    return reason('timing-style', `${lead}: it does not change this advice.`);
  if (times.interview.outcome !== 'pending') {
    return reason('timing-style', `${lead}: the outcome is known, so the window runs from it.`);
  }
  if (style === 'days') {
    return reason(
      'timing-style',
      `${lead}: a few days after the interview, sooner where the culture is relaxed, without waiting for the decision.`,
    );
  }
  if (saidToConnect(times.interview, person)) {
    return reason(
      'timing-style',
      `${lead}, with its one exception: ${voice.first} is a recruiter and ${voice.company} welcomes connecting, so a few days after the interview is fine.`,
    );
  }
  return reason('timing-style', `${lead}: no invitation while the outcome is pending.`);
}
