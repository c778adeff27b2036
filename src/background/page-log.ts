/**
 * Keeping the log true from what LinkedIn's pages show: an invitation the person sent, Pending or
 * 1st-degree on a logged person's profile, the note box's limit and count, the person's own profile.
 * Only people matched by profile address are updated; a match by name alone changes nothing.
 */

import { bySlug } from '../core/match';
import type { Interview, Interviewer, Invite } from '../core/model';
import { profileUrlOf } from '../core/profile-address';
import type { ProfileReading } from '../linkedin/reading';
import type { Items } from '../storage/browser';
import { interviewKey } from '../storage/keys';
import type { StoredState } from '../storage/types';
import { commit, refuse } from './commit';
import { editSettings } from './writer';

/** The interviews that change when `invite` decides a new invitation for everyone with this slug. */
function updateInvites(
  state: StoredState,
  slug: string,
  invite: (person: Interviewer) => Invite | null,
): Items {
  const set: Items = {};
  const changed = new Map<string, Interview>();
  for (const { interview, person } of bySlug(state.interviews, slug)) {
    const next = invite(person);
    if (!next) continue;
    const current = changed.get(interview.id) ?? interview;
    const interviewers = current.interviewers.map((p) => (p.id === person.id ? { ...p, invite: next } : p));
    changed.set(interview.id, { ...current, interviewers });
  }
  for (const [id, interview] of changed) set[interviewKey(id)] = interview;
  return set;
}

/**
 * The person pressed Send on LinkedIn: the invitation is sent, with its note ('' for none). An invitation
 * already accepted stays accepted.
 *
 * @example await markInviteSent('priya-natarajan', 'Hi Priya, …', '2026-03-11T09:12:00.000Z')
 */
export function markInviteSent(slug: string, note: string, at: string) {
  return commit(({ state }) => {
    const set = updateInvites(state, slug, (person) =>
      person.invite.state === 'accepted' ? null : { state: 'sent', at, ...(note ? { note } : {}) },
    );
    return { set, result: { ok: true as const, updated: Object.keys(set).length > 0 } };
  });
}

/** What a reading says of the invitation, given what the log has; null when the log is already right. */
function inviteFromReading(reading: ProfileReading, invite: Invite, at: string): Invite | null {
  const connected = reading.relation === 'connected' || reading.degree === '1st';
  if (connected) return invite.state === 'accepted' ? null : { ...invite, state: 'accepted', at };
  if (reading.relation === 'pending' && invite.state === 'none') return { ...invite, state: 'sent', at };
  return null;
}

/**
 * Brings the log up to date from a logged person's profile page: Pending means sent, 1st-degree means
 * accepted. Answers whether anything changed.
 */
export function applyReading(reading: ProfileReading, now: Date) {
  return commit(({ state }) => {
    if (reading.own) return { result: { ok: true as const, updated: false } };
    const set = updateInvites(state, reading.slug, (person) =>
      inviteFromReading(reading, person.invite, now.toISOString()),
    );
    return { set, result: { ok: true as const, updated: Object.keys(set).length > 0 } };
  });
}

/**
 * LinkedIn's note box showed its limit (300 on Premium, 200 on free) and, on free accounts, how many
 * personalised notes are left this month.
 */
export function noteBoxSeen(limit: number, remaining: number | null, now: Date) {
  return editSettings((settings) => {
    const accountTier = limit === 300 ? 'premium' : limit === 200 ? 'free' : settings.accountTier;
    const { noteQuota: _, ...rest } = settings;
    // Premium has no monthly count; on free, a count we could not read says nothing new about the quota.
    if (accountTier === 'premium') return { ...rest, accountTier };
    if (remaining === null) return { ...settings, accountTier };
    return { ...settings, accountTier, noteQuota: { remaining, seenAt: now.toISOString() } };
  });
}

/** The person visited their own profile (at `ownSlug`): the checklist as read there, with when. */
export function ownProfileSeen(
  checklist: { photo: boolean; headline: boolean; currentRole: boolean; about: boolean },
  now: Date,
  ownSlug?: string,
) {
  return editSettings((settings) => ({
    ...settings,
    profile: { ...checklist, readAt: now.toISOString() },
    ...(ownSlug ? { ownSlug } : {}),
  }));
}

/**
 * The person confirmed on a profile page that the interviewer matched there by name and company is
 * them: the profile's address becomes theirs. An interviewer who already has an address keeps it.
 *
 * @example await confirmMatch('iv-1', 'p-1', 'priya-natarajan') // { ok: true, updated: true }
 */
export function confirmMatch(interviewId: string, interviewerId: string, slug: string) {
  return commit(({ state }) => {
    const interview = state.interviews.find((iv) => iv.id === interviewId);
    const person = interview?.interviewers.find((p) => p.id === interviewerId);
    if (!interview || !person) return refuse('This interviewer is no longer in your log.');
    if (person.profileUrl) return { result: { ok: true as const, updated: false } };
    const interviewers = interview.interviewers.map((p) =>
      p.id === interviewerId ? { ...p, profileUrl: profileUrlOf(slug) } : p,
    );
    return {
      set: { [interviewKey(interviewId)]: { ...interview, interviewers } },
      result: { ok: true as const, updated: true },
    };
  });
}
