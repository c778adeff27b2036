/**
 * The one navigation watcher. LinkedIn moves between pages without reloading, so the content script
 * follows `location.href` itself: with the Navigation API where the browser has it (an event per change,
 * nothing running in between), else by polling every 400 ms (Firefox without the Navigation API).
 */

/** The part of the Navigation API the watcher uses; a parameter so tests can pass their own. */
type NavigationLike = Pick<EventTarget, 'addEventListener'>;
/** The page's Navigation API, or null where the browser has none. */
const pageNavigation = (): NavigationLike | null =>
  (globalThis as { navigation?: NavigationLike }).navigation ?? null;

const POLL_MS = 400;

/**
 * Calls `onChange(href)` each time the page's address changes, until `signal` aborts.
 *
 * @example watchUrl((href) => console.log('now at', href), controller.signal);
 */
export function watchUrl(
  onChange: (href: string) => void,
  signal: AbortSignal,
  nav = pageNavigation(),
): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  if (nav) {
    // currententrychange covers pushState, replaceState and back/forward; navigatesuccess covers
    // navigations the page intercepts and commits later.
    nav.addEventListener('currententrychange', check, { signal });
    nav.addEventListener('navigatesuccess', check, { signal });
  } else {
    const timer = setInterval(check, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }
}

/**
 * Runs `start(key, signal)` once per visit: a visit lasts while `keyOf(href)` gives the same key (for
 * us, the profile's slug: its sub-routes are the same person). Leaving a profile is a visit too, with
 * key null (the background then knows the tab shows no one), except where the page opened: off profiles
 * nothing runs until the first profile. Leaving aborts the visit's signal before anything else happens,
 * so whatever the visit added goes at once.
 *
 * @example watchVisits(profileSlug, (slug, signal) => slug && showHelper(slug, signal), pageSignal);
 */
export function watchVisits(
  keyOf: (href: string) => string | null,
  start: (key: string | null, signal: AbortSignal) => void,
  signal: AbortSignal,
  nav = pageNavigation(),
): void {
  let visit: { key: string | null; controller: AbortController } | null = null;
  const follow = (href: string) => {
    const key = keyOf(href);
    if (key === (visit ? visit.key : null)) return;
    visit?.controller.abort();
    visit = { key, controller: new AbortController() };
    start(key, visit.controller.signal);
  };
  signal.addEventListener('abort', () => visit?.controller.abort(), { once: true });
  watchUrl(follow, signal, nav);
  follow(location.href);
}
