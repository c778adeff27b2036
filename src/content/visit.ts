/**
 * A visit the background asked the helper for (src/content/seam.ts): wait for that person's top card,
 * read it once, and then on one's own profile send the checklist, on a (possibly) logged person's ask
 * the background about them and coach if they are in the log. Strangers never get here.
 */
import { layoutOf, readProfile, topCard } from '../linkedin';
import type { VisitAnswer } from '../replies';
import { coach } from './coach';
import { keepOwnProfile } from './log-keeper';
import { ask, askReading } from './messaging';
import type { VisitState } from './seam';
import { waitForTopCard } from './top-card';

/** What the page shows now, the background's last answer about it and the invitation dialog as the
 * visit's dialog watch sees it (whose it is), for the popup's `tab/…` messages; null off profiles and
 * until read (the answer also for people not in the log). */
export const page: VisitState = { reading: null, answer: null, dialog: null };

/**
 * Runs one visit to `/in/<slug>/` until `signal` aborts (the person navigates away).
 *
 * @example void visit('priya-natarajan', { mode: 'coach', name: 'Priya Natarajan' }, visitSignal);
 */
export async function visit(slug: string, visitAnswer: VisitAnswer, signal: AbortSignal): Promise<void> {
  // One's own profile, known as such: the background has injected the checklist's reader instead.
  if (visitAnswer.mode === 'own') return;
  signal.addEventListener('abort', () => Object.assign(page, { reading: null, answer: null, dialog: null }), {
    once: true,
  });
  const top = await waitForTopCard(slug, signal, visitAnswer.name);
  if (signal.aborted) return;
  // Read once the card belongs to this slug (or the page settled without one: readProfile then
  // answers null and logs its one warning, we add nothing, and the LinkedIn check hears of it).
  const reading = readProfile(document, location, top, visitAnswer.name);
  if (!reading) {
    const layout = layoutOf(top ?? document.body) ?? 'unknown';
    // Neither of LinkedIn's layouts we know: say so, rather than "no top card" in a layout we'd know.
    const what = layout === 'unknown' ? 'layout-unknown' : 'no-top-card';
    return void ask({ type: 'page/unreadable', layout, what });
  }
  page.reading = reading;
  if (reading.own) return keepOwnProfile();
  const answer = await askReading(reading);
  if (!answer || signal.aborted) return;
  page.answer = answer;
  // The card could have been replaced while the background answered: follow whichever is there now.
  const card = top?.isConnected ? top : topCard(document, slug);
  if (card) coach(slug, card, reading, answer, signal, (now) => Object.assign(page, now));
}
