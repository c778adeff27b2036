/**
 * The options page's sections live in the address's hash (`#interviews`, `#interviews/edit/<id>`), so
 * links, the back button and the background's `options.html#welcome` all work without a router.
 */
import { useEffect, useState } from 'preact/hooks';

export const SECTIONS = ['follow-ups', 'interviews', 'profile', 'settings', 'backup'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route =
  | { section: Section }
  | { section: 'welcome' }
  | { section: 'interviews'; edit: 'new' | { id: string } };

/**
 * The route a hash names; anything unknown is the follow-ups.
 *
 * @example
 * parseRoute('#interviews/edit/iv%201') // { section: 'interviews', edit: { id: 'iv 1' } }
 */
export function parseRoute(hash: string): Route {
  const [head = '', action, rest] = hash.replace(/^#/, '').split('/');
  if (head === 'welcome') return { section: 'welcome' };
  if (head === 'interviews' && action === 'new') return { section: 'interviews', edit: 'new' };
  if (head === 'interviews' && action === 'edit' && rest) {
    try {
      return { section: 'interviews', edit: { id: decodeURIComponent(rest) } };
    } catch {
      return { section: 'interviews' };
    }
  }
  return (SECTIONS as readonly string[]).includes(head)
    ? { section: head as Section }
    : { section: 'follow-ups' };
}

/** The hash for editing one interview. */
export const editHash = (id: string): string => `#interviews/edit/${encodeURIComponent(id)}`;

/** The current route, following every change of the hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
