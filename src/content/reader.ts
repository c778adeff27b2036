/**
 * Top-card reader: follows this person's top card through LinkedIn's re-renders (Send turns Connect
 * into Pending), reads it again when it changed and asks the background anew, so the card and the
 * popup follow the page.
 */
import { readProfile } from '../linkedin';
import { askReading } from './messaging';
import { stopIfOrphaned } from './orphan';
import type { Visit } from './scene';
import { followTopCard } from './top-card';

/**
 * Keeps `visit.now.top`, `reading` and `answer` current. A change around the top card is also when an
 * orphaned copy (after an update) finds out and goes: the new copy's card arriving after the top card
 * is such a change (src/content/orphan.ts).
 *
 * @example reader.init(visit);
 */
export function init(visit: Visit): void {
  const onTopCard = (top: Element, changed: boolean) => {
    if (stopIfOrphaned()) return;
    if (!changed) return visit.set({ top });
    const reading = readProfile(document, location, null, visit.now.answer.name);
    if (!reading || JSON.stringify(reading) === JSON.stringify(visit.now.reading)) return visit.set({ top });
    visit.set({ top, reading });
    void askReading(reading).then((answer) => {
      if (!visit.signal.aborted && answer) visit.set({ answer });
    });
  };
  followTopCard(visit.now.slug, visit.now.top, onTopCard, visit.signal, visit.now.answer.name);
}
