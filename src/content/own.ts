/**
 * The own-profile bundle, injected by the background only on the person's own profile (a visit to
 * their saved slug, or the helper's `page/own` when it read a profile as their own): it waits for the
 * top card, reads the profile checklist (photo, headline, current role, about) and sends it, so the
 * advice can say when to polish the profile first. Kept out of the helper: most visits never need it.
 */
import { readOwnProfile } from '../linkedin/read-profile';
import { profileSlug } from '../linkedin/url';
import { ask } from './messaging';
import { waitForTopCard } from './top-card';

const slug = profileSlug(location);
// One reading per document at a time: a second injection while the first waits adds nothing.
if (slug && !globalThis.connectCoachOwn) {
  globalThis.connectCoachOwn = true;
  void waitForTopCard(slug, new AbortController().signal).then((top) => {
    globalThis.connectCoachOwn = false;
    // No top card after all: nothing to say (the helper's reading reports an unreadable page).
    if (top) void ask({ type: 'page/own-profile', checklist: readOwnProfile(document) });
  });
}

declare global {
  // The isolated world's global: a reading of one's own profile is under way.
  var connectCoachOwn: boolean | undefined;
}
