/**
 * What the popup shows, decided from what it learned: the tab's page (the content script's status, or
 * only its address when the script did not answer) and the log (or the background's silence).
 */

import { findPerson, type Match } from '../core/match';
import { profileSlug } from '../core/profile-address';
import type { ProfileReading } from '../linkedin/reading';
import type { PageAnswer, StateReply, TabStatus } from '../replies';
import { isPageAnswer } from '../replies';

export type View =
  /** A person in the log; `reading` is null when the page could not be read (matched by its address). */
  | { kind: 'person'; match: Match; reading: ProfileReading | null }
  /** The background was silent, but the page's script still holds what it said about this person. */
  | { kind: 'remembered'; answer: PageAnswer }
  /** A profile of someone not in the log. */
  | { kind: 'stranger'; reading: ProfileReading }
  /** The person's own profile. */
  | { kind: 'own' }
  /** A profile page that could not be read, of no one the log knows. */
  | { kind: 'unread' }
  /** Anywhere else: what is due. */
  | { kind: 'elsewhere' };

export interface Seen {
  /** The tab's address, when the browser gave it (it does for LinkedIn tabs). */
  url: string | null;
  /** The content script's answer; null when there is none (not LinkedIn, or the script is not there). */
  status: TabStatus | null;
  /** The log; null when the background did not answer. */
  state: StateReply | null;
}

/**
 * @example
 * chooseView({ url: 'https://www.linkedin.com/feed/', status: { reading: null, noteBox: null }, state })
 * // → { kind: 'elsewhere' }
 */
export function chooseView({ url, status, state }: Seen): View {
  const reading = status?.reading ?? null;
  if (reading?.own) return { kind: 'own' };
  const slug = reading?.slug ?? slugOf(url);
  if (!slug) return { kind: 'elsewhere' };
  if (!state) {
    // The page's script may hold a failure reply, or nothing usable: never rendered as an answer.
    const answer = status?.answer;
    return isPageAnswer(answer) ? { kind: 'remembered', answer } : { kind: 'unread' };
  }
  const match = findPerson(state.interviews, reading ?? { slug });
  if (match) return { kind: 'person', match, reading };
  return reading ? { kind: 'stranger', reading } : { kind: 'unread' };
}

const slugOf = (url: string | null): string | null => (url ? profileSlug(url) : null);
