/**
 * Finding the person a LinkedIn page shows in the log: by the profile's slug, or failing that by exactly
 * the same name at the same company (which the popup asks the person to confirm).
 */
import { type Interview, type Interviewer, normaliseSlug, slugOfProfileUrl } from '../core/model';

export interface Match {
  interview: Interview;
  person: Interviewer;
  /** True when matched by name and company, not by profile address. */
  byName: boolean;
}

/** Case, spacing and Unicode forms aside: `normaliseName(' Priya  NATARAJAN ')` → `'priya natarajan'`. */
export const normaliseName = (text: string): string =>
  text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

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

const latestFirst = (interviews: readonly Interview[]): Interview[] =>
  [...interviews].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
