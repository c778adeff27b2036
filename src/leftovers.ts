/**
 * What an updated add-on's old copy drew on an open LinkedIn tab. Firefox ends the old content scripts
 * but leaves their elements on the page: the old card would stay there, stale, beside the new one.
 * Chrome keeps the old copy running in a world of its own instead, and it takes its elements away itself
 * when the new copy's card arrives, or at the person's next press or key (src/content/orphan.ts).
 *
 * So every closed shadow root of ours holds a `<style>` marked with OUR_MARK: invisible to the page (the
 * root is closed), it lets the background, after an update, find the old hosts through Firefox's
 * `openOrClosedShadowRoot` (given to add-ons' scripts only) and remove them.
 */

/** The attribute on the style inside each of our shadow roots (src/content/dom.ts `shadowHost`). */
export const OUR_MARK = 'data-connect-coach';

/**
 * Removes every host of ours on the page, LinkedIn's dialog outlet (an open shadow root) included, and
 * answers how many. Run in the tab by `scripting.executeScript`, so it is self-contained: the mark comes
 * as an argument. Where `openOrClosedShadowRoot` does not exist (Chrome) it finds nothing.
 *
 * @example browser.scripting.executeScript({ target: { tabId }, func: removeLeftovers, args: [OUR_MARK] })
 */
export function removeLeftovers(mark: string): number {
  // Chrome: no way into a closed root, and no leftovers to find (its old copy clears its own). Stop
  // before walking every element of a large page for nothing.
  if (!('openOrClosedShadowRoot' in Element.prototype)) return 0;
  let removed = 0;
  const sweep = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      const shadow = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
        .openOrClosedShadowRoot;
      if (!shadow) continue;
      if (shadow.querySelector(`style[${mark}]`)) {
        element.remove();
        removed++;
      } else sweep(shadow);
    }
  };
  sweep(document);
  return removed;
}
