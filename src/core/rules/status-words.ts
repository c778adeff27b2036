/** The sentences for everything but the window: blocks, pending invitations, connections, tone. */
import type { ProfileChecklist } from '../model';
import type { Cadence } from './cadence';
import type { InterviewTimes } from './clock';
import { addDays } from './dates';
import { POLICY } from './policy';
import { type CodedReason, dayLabel, listOf, reason, type Voice } from './reasons';

export const discouragedReason = (voice: Voice): CodedReason =>
  reason(
    'policy-discouraged',
    `${voice.company} prefers candidates not to connect while a hiring process is open: wait until you hear the outcome.`,
  );

export const declinedReason = (voice: Voice): CodedReason =>
  reason('declined', `${voice.first} declined your invitation: let it rest rather than ask again.`);

/** A pending invitation: never a suggestion to resend; after three weeks, a kind word about letting go. */
export function pendingReasons(sentAt: Date | null, voice: Voice): CodedReason[] {
  const since = sentAt ? ` since ${dayLabel(sentAt, voice.now)}` : '';
  const waiting = reason(
    'pending',
    `Your invitation to ${voice.first} has been waiting${since}: there is nothing to resend, so give it time.`,
  );
  if (!sentAt || voice.now < addDays(sentAt, POLICY.pendingLongDays)) return [waiting];
  const long = reason(
    'pending-long',
    `It has waited more than three weeks, so it may never be accepted, and that is nothing personal. If you withdraw it, LinkedIn can stop you inviting ${voice.first} again for up to three weeks.`,
  );
  return [long, waiting];
}

export function cadenceReason(cadence: Cadence, voice: Voice): CodedReason {
  const { first, now } = voice;
  switch (cadence.code) {
    case 'over-messaged':
      return reason(
        'over-messaged',
        `Your last two messages to ${first} have had no reply: stop here and leave the next move to them.`,
      );
    case 'connected-first-touch':
      return reason(
        'connected-first-touch',
        `${first} accepted on ${dayLabel(cadence.acceptedAt, now)}: a short thank-you message within a week, by ${dayLabel(addDays(cadence.acceptedAt, POLICY.firstTouchDays), now)}, starts the connection warmly.`,
      );
    case 'check-in':
      return reason(
        'check-in',
        `You were last in touch on ${dayLabel(cadence.lastTouchAt, now)}: a light check-in around ${dayLabel(cadence.nextTouchAt, now)} keeps the connection alive without crowding ${first}.`,
      );
    case 'recent-message':
      return reason(
        'recent-message',
        `You messaged ${first} on ${dayLabel(cadence.lastMessageAt, now)}: leave a month between messages, so nothing before ${dayLabel(cadence.nextTouchAt, now)}.`,
      );
  }
}

const PROFILE_PARTS: ReadonlyArray<[keyof ProfileChecklist, string]> = [
  ['photo', 'a photo'],
  ['headline', 'a headline'],
  ['currentRole', 'your current role'],
  ['about', 'an about section'],
];

/** What the person's own profile still lacks, in words; empty when complete. An unknown part is not missing. */
export function missingFromProfile(profile: ProfileChecklist): string[] {
  return PROFILE_PARTS.filter(([key]) => profile[key] === false).map(([, words]) => words);
}

/** The parts nobody has answered yet (not ticked, not read from the page), in words. */
export function unknownInProfile(profile: ProfileChecklist): string[] {
  return PROFILE_PARTS.filter(([key]) => profile[key] === 'unknown').map(([, words]) => words);
}

/** A word to check, not a verdict: the person has not said whether their profile has these parts. */
export const profileUnknownReason = (unknown: string[], voice: Voice): CodedReason =>
  reason(
    'profile-unknown',
    `${voice.first} will likely look at your profile: check it has ${listOf(unknown)} before you send, and tick them in Your profile.`,
  );

export function profileReason(missing: string[], windowOpen: boolean, voice: Voice): CodedReason {
  const lacks = listOf(missing);
  return reason(
    'profile-incomplete',
    windowOpen
      ? `Your window is open, but your profile still lacks ${lacks}: ${voice.first} will likely look at it before accepting, so finish it first.`
      : `Your profile still lacks ${lacks}: ${voice.first} will likely look at it, so it is worth finishing first.`,
  );
}

/** The tone's reason when it changes what the note should say. */
export function toneReason(
  tone: 'nudge' | 'late',
  times: InterviewTimes,
  at: Date,
  voice: Voice,
): CodedReason {
  const { now, first } = voice;
  if (tone === 'late') {
    return reason(
      'late',
      `It has been a while since your interview on ${dayLabel(times.at, now)}: remind ${first} who you are and when you spoke.`,
    );
  }
  const since =
    times.replyBy && at > times.replyBy
      ? `${dayLabel(times.replyBy, now)}, the date ${first} gave, has passed without word`
      : 'A week has gone by since the interview without word';
  return reason(
    'nudge',
    `${since}: a short note that you are still keen fits well, but leave out any request for news.`,
  );
}
