/**
 * advise(): what to do about one interviewer now, when, and why (DESIGN.md "The etiquette policy").
 * Pure: it reads the log, the settings and `now`, never the clock.
 */
import type { Interview, Interviewer, Settings } from '../model';
import { nextTouch } from './cadence';
import { type InterviewTimes, readTimes } from './interview-times';
import { quotaReason } from './quota';
import { type CodedReason, firstName, type Voice } from './reasons';
import {
  cadenceReason,
  declinedReason,
  discouragedReason,
  missingFromProfile,
  pendingReasons,
  profileReason,
  profileUnknownReason,
  toneReason,
  unknownInProfile,
} from './status-words';
import { decisionPendingReason, holdsForDecision, timingReason } from './timing';
import { toneAt } from './tone';
import type { Advice, Verdict } from './types';
import { type ConnectWindow, connectWindow } from './window';
import { windowReasons } from './window-words';

export interface AdviseInput {
  interview: Interview;
  interviewerId: string;
  settings: Settings;
  now: Date;
}

/**
 * Advice for one interviewer of an interview at `now`. Throws when the interview has no such interviewer.
 *
 * @example
 * advise({ interview, interviewerId: 'dana', settings, now: new Date(2026, 2, 10, 8) })
 * // recruiter, interview Mon 9 March 14:00 → { verdict: 'wait', opensAt: Tue 10 March 14:00, tone: 'thanks', … }
 */
export function advise({ interview, interviewerId, settings, now }: AdviseInput): Advice {
  const person = interview.interviewers.find((candidate) => candidate.id === interviewerId);
  if (!person) {
    throw new Error(
      `advise: the interview "${interview.id}" with ${interview.company} has no interviewer "${interviewerId}"`,
    );
  }
  return adviseFor(readTimes(interview), person, settings, now);
}

/** advise() from an interview's already-parsed times (planFollowUps shares them across interviewers). */
export function adviseFor(times: InterviewTimes, person: Interviewer, settings: Settings, now: Date): Advice {
  const voice: Voice = { first: firstName(person.name), company: times.interview.company, now };
  const advice = adviceWithoutStyle(times, person, settings, voice, true);
  advice.reasons.push(timingReason(advice.verdict, times, person, settings, voice));
  return advice;
}

/**
 * adviseFor() without its reasons: the verdict and the dates only (`reasons` is empty). What
 * planFollowUps() needs to decide whether a person has anything to do at all; it then gives the advice of
 * those who do their reasons with withLazyReasons().
 *
 * @example adviseBare(times, sam, settings, now) // { verdict: 'wait', opensAt: …, reasons: [] }
 */
export function adviseBare(
  times: InterviewTimes,
  person: Interviewer,
  settings: Settings,
  now: Date,
): Advice {
  return adviceWithoutStyle(times, person, settings, { first: '', company: '', now }, false);
}

/**
 * adviseBare()'s advice whose reasons are worked out when first read (then kept): the same advice as
 * adviseFor(), field for field. planFollowUps() advises every interviewer of the log, but a page shows
 * the reasons of the few rows on screen; the sentences are most of the work and of the memory. The log is
 * read as it is when the reasons are first read: the pages and the background never change a log in place.
 *
 * @example withLazyReasons(adviseBare(times, sam, settings, now), times, sam, settings, now).reasons // written now
 */
export function withLazyReasons(
  { verdict, opensAt, idealBy, lateAfter, nextTouchAt, tone }: Advice,
  times: InterviewTimes,
  person: Interviewer,
  settings: Settings,
  now: Date,
): Advice {
  let reasons: Advice['reasons'] | undefined;
  // An accessor in the literal itself: an own, enumerable `reasons` like advise()'s (JSON, structured
  // clones, spreads and comparisons read it), on an object the engine keeps as fast as a plain one.
  return {
    verdict,
    opensAt,
    idealBy,
    lateAfter,
    nextTouchAt,
    tone,
    get reasons() {
      reasons ??= adviseFor(times, person, settings, now).reasons;
      return reasons;
    },
    set reasons(value) {
      reasons = value;
    },
  };
}

/**
 * The verdict, window and reasons, before the last reason names the timing style that decided. Without
 * `words`, the same verdict and dates with no reasons (see adviseBare).
 */
function adviceWithoutStyle(
  times: InterviewTimes,
  person: Interviewer,
  settings: Settings,
  voice: Voice,
  words: boolean,
): Advice {
  const { now } = voice;
  const window = connectWindow(times, person, settings);
  const { state } = person.invite;
  const blocked = blockReason(times, person, voice);
  if (blocked) {
    const tone = toneAt(times, now, window.lateAfter);
    const none = { opensAt: null, idealBy: null, lateAfter: null, nextTouchAt: null };
    return { verdict: 'avoid', ...none, tone, reasons: words ? [blocked] : [] };
  }
  const dates = { opensAt: window.opensAt, idealBy: window.idealBy, lateAfter: window.lateAfter };
  // Once an invitation is out they have seen who you are, so a message never needs to re-introduce you.
  const tone = toneAt(times, now, null);
  if (state === 'sent') {
    const sentAt = person.invite.at ? new Date(person.invite.at) : null;
    const reasons = words ? pendingReasons(sentAt, voice) : [];
    return { verdict: 'sent', ...dates, nextTouchAt: null, tone, reasons };
  }
  if (state === 'accepted') {
    const cadence = nextTouch(person, window.opensAt);
    const reasons = words ? [cadenceReason(cadence, voice)] : [];
    return { verdict: 'connected', ...dates, nextTouchAt: cadence.nextTouchAt, tone, reasons };
  }
  if (holdsForDecision(times, person, settings)) return heldForDecision(settings, voice, tone, words);
  return beforeSending(times, window, settings, voice, words);
}

/**
 * "After the decision" while the outcome is pending: wait, with no date (nobody knows when they will
 * decide), so no reminder falls due; an incomplete profile is still worth a word.
 */
function heldForDecision(settings: Settings, voice: Voice, tone: Advice['tone'], words: boolean): Advice {
  const none = { opensAt: null, idealBy: null, lateAfter: null, nextTouchAt: null };
  if (!words) return { verdict: 'wait', ...none, tone, reasons: [] };
  const missing = missingFromProfile(settings.profile);
  const profile = missing.length > 0 ? [profileReason(missing, false, voice)] : [];
  return { verdict: 'wait', ...none, tone, reasons: [decisionPendingReason(voice), ...profile] };
}

/** Why not to connect at all, if so: they declined, or the company discourages it while the process is open. */
function blockReason(times: InterviewTimes, person: Interviewer, voice: Voice): CodedReason | null {
  if (person.invite.state === 'declined') return declinedReason(voice);
  const { connectionPolicy, outcome } = times.interview;
  return connectionPolicy === 'discouraged' && outcome === 'pending' ? discouragedReason(voice) : null;
}

/** No invitation out yet (or one withdrawn): wait, prepare or send. */
function beforeSending(
  times: InterviewTimes,
  window: ConnectWindow,
  settings: Settings,
  voice: Voice,
  words: boolean,
): Advice {
  const open = voice.now >= window.opensAt;
  const missing = missingFromProfile(settings.profile);
  const verdict: Verdict = !open ? 'wait' : missing.length > 0 ? 'prepare' : 'send';
  // The note will go out when the window opens, so that is the moment its tone must fit.
  const sendAt = open ? voice.now : window.opensAt;
  const tone = toneAt(times, sendAt, window.lateAfter);
  const { opensAt, idealBy, lateAfter } = window;
  if (!words) return { verdict, opensAt, idealBy, lateAfter, nextTouchAt: null, tone, reasons: [] };
  const toneWords = tone === 'nudge' || tone === 'late' ? [toneReason(tone, times, sendAt, voice)] : [];
  const unknown = missing.length > 0 ? [] : unknownInProfile(settings.profile);
  const profile =
    missing.length > 0
      ? [profileReason(missing, open, voice)]
      : unknown.length > 0
        ? [profileUnknownReason(unknown, voice)]
        : [];
  const quota = quotaReason(settings, window, voice);
  const reasons: CodedReason[] = open
    ? [...profile, ...toneWords, ...windowReasons(window, voice)]
    : [...windowReasons(window, voice), ...toneWords, ...profile];
  if (quota) reasons.push(quota);
  return { verdict, opensAt, idealBy, lateAfter, nextTouchAt: null, tone, reasons };
}
