/**
 * Finding and following the top card of the person a visit is about. After an in-page navigation the
 * previous person's card lingers for a moment, so "the top card" always means the one for this slug.
 */
import { outermost, topCard, touchesTopCard } from '../linkedin';
import { isOurs } from './dom';

/**
 * Resolves with this person's top card as soon as it is on the page, or with null after `ms` (the
 * page settled without it) or when `signal` aborts. Observes `document.body` only until then, and on a
 * busy page searches it only after a change that touched a top card.
 *
 * @example const card = await waitForTopCard('priya-natarajan', visit.signal);
 */
export function waitForTopCard(
  slug: string,
  signal: AbortSignal,
  expectedName?: string | null,
  ms = 5000,
): Promise<Element | null> {
  const find = () => topCard(document, slug, expectedName);
  const card = find();
  // Usually the card is already there (a page load): then nothing to observe, no timer to set.
  if (card || signal.aborted) return Promise.resolve(card);
  return new Promise((resolve) => {
    const observer = new MutationObserver((records) => {
      const found = records.some(touchesTopCard) && find();
      if (found) done(found);
    });
    const timer = setTimeout(() => done(find()), ms);
    const onAbort = () => done(null);
    function done(found: Element | null) {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(found);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Whether a change is only our own element coming or going: nothing of LinkedIn's to read again. */
const ours = (record: MutationRecord) => {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOurs);
};

/**
 * Follows this person's top card from `card` on, until `signal` aborts: calls `onChange(outer, true)`
 * when LinkedIn re-renders or replaces it (after Send it turns to Pending), `onChange(outer, false)` now
 * and when only our own element came or went (to put it back). Watches only the card and its parent.
 * `expectedName` (the log's) finds the card when LinkedIn's known structure fails.
 *
 * @example followTopCard(slug, card, (outer, changed) => { outer.after(host); if (changed) readAgain(); }, signal);
 */
export function followTopCard(
  slug: string,
  card: Element,
  onChange: (outer: Element, changed: boolean) => void,
  signal: AbortSignal,
  expectedName?: string | null,
): void {
  let current: Element | null = null;
  const follow = (found: Element | null, changed: boolean) => {
    const outer = found && outermost(found);
    if (!outer?.parentNode) return;
    if (outer !== current) {
      current = outer;
      observer.disconnect();
      observer.observe(outer.parentNode, { childList: true });
      observer.observe(outer, { childList: true, subtree: true, characterData: true });
    }
    onChange(outer, changed);
    // Whatever onChange just did (our card put after the top card) is ours: no need to wake up for it.
    observer.takeRecords();
  };
  const observer = new MutationObserver((records) =>
    records.every(ours) ? follow(current, false) : follow(topCard(document, slug, expectedName), true),
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  follow(card, false);
}
