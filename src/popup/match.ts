/**
 * Which person in the log a LinkedIn page shows: by the profile's slug, or else by exactly the same name
 * at the same company (the popup then asks the person to confirm). The same rule the background applies
 * to the pages it coaches (src/background/lookup.ts), so the popup and the helper card never disagree.
 */
import { type Interview, type Interviewer, normaliseSlug, slugOfProfileUrl } from '../core/model';

export interface Match {
  interview: Interview;
  person: Interviewer;
  /** True when matched by name and company, not by profile address. */
  byName: boolean;
}

/** Case, spacing and Unicode forms aside: `sameText(' Priya  NATARAJAN ', 'priya natarajan')` is true. */
const fold = (text: string): string => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

const latestFirst = (interviews: readonly Interview[]): Interview[] =>
  [...interviews].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

/**
 * The person shown at `slug`, from the latest interview they were part of; by name and company only when
 * no profile address matches.
 *
 * @example
 * findPerson(interviews, { slug: 'priya-natarajan', name: 'Priya Natarajan', company: 'Contoso' })
 * // → { interview, person, byName: false }
 */
export function findPerson(
  interviews: readonly Interview[],
  shown: { slug: string; name?: string | null; company?: string | null },
): Match | null {
  const wanted = normaliseSlug(shown.slug);
  const sorted = latestFirst(interviews);
  for (const interview of sorted) {
    const person = interview.interviewers.find((p) => slugOfProfileUrl(p.profileUrl) === wanted);
    if (person) return { interview, person, byName: false };
  }
  const [name, company] = [fold(shown.name ?? ''), fold(shown.company ?? '')];
  if (!name || !company) return null;
  for (const interview of sorted) {
    if (fold(interview.company) !== company) continue;
    // Someone with another profile address is another person who happens to share the name.
    const person = interview.interviewers.find((p) => !p.profileUrl && fold(p.name) === name);
    if (person) return { interview, person, byName: true };
  }
  return null;
}

/** The stored form of a profile address: `profileUrlOf('Bj%C3%B6rn')` → `https://www.linkedin.com/in/bj%C3%B6rn/`. */
export const profileUrlOf = (slug: string): string => `https://www.linkedin.com/in/${normaliseSlug(slug)}/`;
