/**
 * Which person in the log a LinkedIn page shows: by the profile's slug, or else by exactly the same name
 * at the same company (which the popup asks the person to confirm). One rule for the background (the
 * helper card) and the popup, so the two never disagree.
 */

import type { Interview, Interviewer } from './model';
import { normaliseSlug, slugOfProfileUrl } from './profile-address';

export interface Match {
  interview: Interview;
  person: Interviewer;
  /** True when matched by name and company, not by profile address. */
  byName: boolean;
}

/** Case, spacing and Unicode forms aside: `normaliseName(' Priya  NATARAJAN ')` → `'priya natarajan'`. */
export const normaliseName = (text: string): string =>
  text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

const latestFirst = (interviews: readonly Interview[]): Interview[] =>
  [...interviews].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

/**
 * Every interviewer whose profile address has this slug, in any interview; the latest interview first.
 *
 * @example bySlug(interviews, 'Bj%C3%B6rn-lund') // matches a stored https://www.linkedin.com/in/bj%C3%B6rn-lund/
 */
export function bySlug(interviews: readonly Interview[], slug: string): Match[] {
  const wanted = normaliseSlug(slug);
  return latestFirst(interviews).flatMap((interview) =>
    interview.interviewers
      .filter((person) => slugOfProfileUrl(person.profileUrl) === wanted)
      .map((person) => ({ interview, person, byName: false })),
  );
}

/** Interviewers without a profile address whose name and company are exactly those shown; latest first. */
export function byName(interviews: readonly Interview[], name: string, company: string): Match[] {
  const [wantedName, wantedCompany] = [normaliseName(name), normaliseName(company)];
  if (!wantedName || !wantedCompany) return [];
  return latestFirst(interviews)
    .filter((interview) => normaliseName(interview.company) === wantedCompany)
    .flatMap((interview) =>
      interview.interviewers
        // Someone with another profile address is another person who happens to share the name.
        .filter((person) => !person.profileUrl && normaliseName(person.name) === wantedName)
        .map((person) => ({ interview, person, byName: true })),
    );
}

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
  return (
    bySlug(interviews, shown.slug)[0] ?? byName(interviews, shown.name ?? '', shown.company ?? '')[0] ?? null
  );
}
