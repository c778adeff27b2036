/** The sentences that explain a window: when it opens and what set that moment. */
import type { InterviewerRole } from '../model';
import { type CodedReason, capitalise, dayLabel, reason, timeLabel, type Voice } from './reasons';
import type { ConnectWindow, WindowStep } from './window';

const ROLE_WHY: Readonly<Record<InterviewerRole, string>> = {
  recruiter: 'recruiters are usually glad to connect a day after an interview',
  'hiring-manager': 'hiring managers appreciate a few days to wrap up their interviews first',
  panel: 'panel members appreciate a few days to compare notes first',
  executive: 'senior leaders are best approached once their team has had its say',
  other: 'a pause of a few days reads as considered rather than eager',
};

const OUTCOME_WHY = {
  offer: 'you have an offer, so a note now is a warm hello to a future colleague',
  rejected: 'the decision is made, so a kind note cannot be mistaken for pressure',
  withdrawn: 'you have stepped back from the process, so a friendly note cannot be mistaken for pressure',
} as const;

/** Why this step matters, as a clause that can follow "Your window opens …:" or stand alone. */
function why(step: WindowStep, voice: Voice): string {
  switch (step.code) {
    case 'window-role':
      return ROLE_WHY[step.role];
    case 'window-culture':
      return step.culture === 'formal'
        ? 'a formal company appreciates two more days of patience'
        : 'a relaxed company is happy to hear from you a little sooner';
    case 'full-day':
      return 'it waits a full day after the interview so it never feels rushed';
    case 'reply-by':
      return step.capped
        ? `${voice.first} said they would be in touch by ${dayLabel(step.replyBy, voice.now)}, but two weeks after the interview is long enough to wait`
        : `${voice.first} said they would be in touch by ${dayLabel(step.replyBy, voice.now)}, so give them until then`;
    case 'outcome-known':
      return OUTCOME_WHY[step.outcome];
    case 'withdrawn-cooldown':
      return `you withdrew an invitation on ${dayLabel(step.withdrawnAt, voice.now)}, and LinkedIn can block a new one for up to three weeks`;
    case 'thanked-by-email':
      return `you thanked ${voice.first} by email on ${dayLabel(step.emailedAt, voice.now)}, so the invitation follows a day later rather than on top of it`;
    case 'weekend':
      return 'it waits for Monday morning, as you prefer weekdays';
  }
}

/**
 * The window's reasons, the one that set the opening first and carrying the dates:
 * "Your window opens Thursday 12 March at 09:00: hiring managers appreciate … Best sent by Monday 16 March."
 */
export function windowReasons(window: ConnectWindow, voice: Voice): CodedReason[] {
  const [decisive, ...others] = window.steps;
  if (!decisive) return [];
  const { opensAt, idealBy } = window;
  const verb = voice.now < opensAt ? 'opens' : 'opened';
  let lead = `Your window ${verb} ${dayLabel(opensAt, voice.now)} at ${timeLabel(opensAt)}: ${why(decisive, voice)}.`;
  if (voice.now <= idealBy) lead += ` Best sent by ${dayLabel(idealBy, voice.now)}.`;
  return [
    reason(decisive.code, lead),
    ...others.map((step) => reason(step.code, `${capitalise(why(step, voice))}.`)),
  ];
}
