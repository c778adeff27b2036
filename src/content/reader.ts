/**
 * Top-card reader: follows this person's top card through LinkedIn's re-renders (Send turns Connect
 * into Pending), reads it again when it changed and asks the background anew, so the card and the
 * popup follow the page.
 */
import { readProfile } from '../linkedin';
import { askReading } from './messaging';
import type { Visit } from './scene';
import { followTopCard } from './top-card';

/**
 * Keeps `visit.now.top`, `reading` and `answer` current.
 *
 * @example reader.init(visit);
 */
export function init(visit: Visit): void {
  const onTopCard = (top: Element, changed: boolean) => {
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
