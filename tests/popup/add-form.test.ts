import { describe, expect, it } from 'vitest';
import { InterviewSchema } from '../../src/core/model';
import { emptyDraft } from '../../src/options/form-state';
import { validateInterview } from '../../src/options/validate';
import { buildInterview, errorsFromIssues, guessRole, initialForm, NEW } from '../../src/popup/add-form';
import { contoso, fabrikam, reading } from './log';

const avery = reading({
  slug: 'avery-stone',
  name: 'Avery Stone',
  headline: 'Engineering Manager at Northwind Labs',
  company: 'Northwind Labs',
});
let counter = 0;
const newId = () => `id-${++counter}`;

describe('the form starts from what the page shows', () => {
  it('with their name and headline, for a new interview at their company', () => {
    expect(initialForm(avery, [contoso])).toMatchObject({
      name: 'Avery Stone',
      title: 'Engineering Manager at Northwind Labs',
      target: NEW,
      company: 'Northwind Labs',
      at: '',
    });
  });

  it('with the latest interview at their company when the log has one', () => {
    const seen = reading({ slug: 'sam', name: 'Sam Lee', company: ' contoso health ' });
    expect(initialForm(seen, [fabrikam, contoso]).target).toBe('iv-contoso');
  });

  it.each([
    ['Senior Technical Recruiter at Fabrikam', 'recruiter'],
    ['Head of Talent at Globex', 'recruiter'],
    ['CEO at Litware | Investor', 'executive'],
    ['VP Engineering | Speaker', 'executive'],
    ['Director of Product · Hiring for Platform', 'hiring-manager'],
    ['', 'hiring-manager'],
  ] as const)('guesses “%s” is a %s', (headline, role) => {
    expect(guessRole(headline)).toBe(role);
  });
});

describe('saving builds an interview the log accepts, or says what to fix', () => {
  it('a new interview with this person, their profile address and an ISO time', () => {
    const form = { ...initialForm(avery, []), jobRole: 'Engineering Manager', at: '2026-03-09T14:00' };
    const built = buildInterview(form, avery, [], newId);
    if (!('interview' in built)) throw new Error('expected an interview');
    const saved = InterviewSchema.parse(built.interview);
    expect(saved).toMatchObject({
      company: 'Northwind Labs',
      role: 'Engineering Manager',
      interviewers: [
        {
          name: 'Avery Stone',
          title: 'Engineering Manager at Northwind Labs',
          profileUrl: 'https://www.linkedin.com/in/avery-stone/',
        },
      ],
    });
    expect(new Date(saved.at).getTime()).toBe(new Date(2026, 2, 9, 14).getTime());
    expect(saved.id).not.toBe(saved.interviewers[0]?.id);
  });

  it('an existing interview with this person added, the others kept', () => {
    const form = { ...initialForm(avery, [contoso]), target: 'iv-contoso' };
    const built = buildInterview(form, avery, [contoso], newId);
    if (!('interview' in built)) throw new Error('expected an interview');
    const names = InterviewSchema.parse(built.interview).interviewers.map((p) => p.name);
    expect(names).toEqual(['Priya Natarajan', 'Dana Whitfield', 'Björn Åberg', 'Avery Stone']);
  });

  it.each([
    ['no name', { name: '  ' }, ['name']],
    ['no company, job or date', { company: '', jobRole: '', at: '' }, ['company', 'jobRole', 'at']],
    ['an impossible date', { jobRole: 'EM', at: '2026-02-30T10:00' }, ['at']],
    ['an interview no longer in the log', { target: 'iv-gone' }, ['target']],
  ])('refuses %s', (_, change, fields) => {
    const form = { ...initialForm(avery, []), jobRole: 'EM', at: '2026-03-09T14:00', ...change };
    const built = buildInterview(form, avery, [contoso], newId);
    expect('errors' in built && Object.keys(built.errors).sort()).toEqual([...fields].sort());
  });

  it.each([
    ['a year typed as 1900', '1900-03-09T14:00'],
    ['a date years ahead', '2031-03-09T14:00'],
  ])('refuses %s with the sentence the options page says', (_, at) => {
    const now = new Date(2026, 2, 13, 10);
    const form = { ...initialForm(avery, []), jobRole: 'EM', at };
    const built = buildInterview(form, avery, [contoso], newId, now);
    const options = validateInterview(
      { ...emptyDraft(newId), company: 'Northwind Labs', role: 'EM', at },
      { now },
    );
    expect(options.ok).toBe(false);
    const said = !options.ok && options.errors.at;
    expect(said).toMatch(/^That date looks wrong: /);
    expect('errors' in built && built.errors).toEqual({ at: said });
  });
});

describe('the background’s refusal lands on the fields it is about', () => {
  it.each([
    [[{ path: 'company', message: 'must not be empty' }], { company: 'The company must not be empty.' }],
    [
      [{ path: ['interviewers', 0, 'name'], message: 'must not be empty' }],
      { name: 'The name must not be empty.' },
    ],
    [
      [{ path: 'interviewers[3].title', message: 'must be at most 10000 characters' }],
      { title: 'The title must be at most 10000 characters.' },
    ],
    [[{ path: 'topics', message: 'is odd' }], { form: 'Could not save.' }],
    [undefined, { form: 'Could not save.' }],
  ])('%j', (issues, errors) => {
    expect(errorsFromIssues('Could not save.', issues)).toEqual(errors);
  });
});
