import { describe, expect, it } from 'vitest';
import { findPerson } from '../../src/core/match';
import { profileUrlOf } from '../../src/core/profile-address';
import { contoso, contosoAgain, fabrikam } from '../popup/log';

const log = [contoso, fabrikam];

describe('findPerson: who in the log a profile page shows', () => {
  it.each([
    ['by the profile’s slug', { slug: 'priya-natarajan' }, 'priya', false],
    ['by a slug in another case', { slug: 'Priya-Natarajan' }, 'priya', false],
    ['by a percent-encoded slug', { slug: 'bj%C3%B6rn-%C3%A5berg' }, 'bjorn', false],
    ['by a slug typed with its accents', { slug: 'björn-åberg' }, 'bjorn', false],
    [
      'by name and company when no profile address is logged',
      { slug: 'dana-w-88', name: 'Dana  Whitfield', company: 'contoso health' },
      'dana',
      true,
    ],
    [
      'by name and company at another of the log’s companies',
      { slug: 'mateo-a', name: 'Mateo Alvarez', company: 'Fabrikam' },
      'mateo',
      true,
    ],
  ])('%s', (_, shown, id, byName) => {
    expect(findPerson(log, shown)).toMatchObject({ person: { id }, byName });
  });

  it.each([
    ['a stranger', { slug: 'jordan-reyes', name: 'Jordan Reyes', company: 'Northwind Labs' }],
    ['the same name at another company', { slug: 'dana-w', name: 'Dana Whitfield', company: 'Globex' }],
    ['a name without a company', { slug: 'dana-w', name: 'Dana Whitfield', company: null }],
    [
      'a namesake of someone whose profile address is logged',
      { slug: 'priya-n-2', name: 'Priya Natarajan', company: 'Contoso Health' },
    ],
  ])('finds no one for %s', (_, shown) => {
    expect(findPerson(log, shown)).toBeNull();
  });

  it('prefers the latest interview when a person was met twice', () => {
    expect(findPerson([contoso, contosoAgain], { slug: 'priya-natarajan' })?.interview.id).toBe(
      'iv-contoso-2',
    );
  });
});

describe('profileUrlOf: the one stored form of a profile address', () => {
  it.each([
    ['priya-natarajan', 'https://www.linkedin.com/in/priya-natarajan/'],
    ['Priya-Natarajan', 'https://www.linkedin.com/in/priya-natarajan/'],
    ['Bj%C3%B6rn-%C3%85berg', 'https://www.linkedin.com/in/bj%C3%B6rn-%C3%A5berg/'],
  ])('%s', (slug, url) => {
    expect(profileUrlOf(slug)).toBe(url);
  });
});
