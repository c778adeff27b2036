/**
 * A demo interview log for `npm start` and the screenshots, built relative to `now` so its verdicts are
 * the same whenever it is loaded: one person to write to now, one to wait for, one invitation pending,
 * one connection due a check-in, and a person not in the log on the stand-in pages.
 */
const DAY = 86_400_000;
const iso = (now: number, days: number, hour = 14) => {
  const d = new Date(now + days * DAY);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
};

export function demoBackup(now = Date.now()) {
  return {
    format: 'connect-coach-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    settings: {
      yourName: 'Alex Kim',
      accountTier: 'free',
      profile: { photo: true, headline: true, currentRole: true, about: true },
    },
    interviews: [
      {
        id: 'demo-contoso',
        company: 'Contoso Health',
        role: 'Senior Product Manager',
        at: iso(now, -4),
        culture: 'neutral',
        topics: ['patient onboarding', 'the platform migration'],
        interviewers: [
          {
            id: 'demo-priya',
            name: 'Priya Natarajan',
            title: 'Director of Product',
            role: 'hiring-manager',
            profileUrl: 'https://www.linkedin.com/in/priya-natarajan/',
          },
          {
            id: 'demo-avery',
            name: 'Avery Stone',
            title: 'Engineering Manager',
            role: 'panel',
            profileUrl: 'https://www.linkedin.com/in/avery-stone/',
          },
        ],
      },
      {
        id: 'demo-fabrikam',
        company: 'Fabrikam',
        role: 'Product Lead',
        at: iso(now, -12),
        culture: 'relaxed',
        topics: ['hiring a design team'],
        interviewers: [
          {
            id: 'demo-mateo',
            name: 'Mateo Alvarez',
            title: 'Senior Technical Recruiter',
            role: 'recruiter',
            profileUrl: 'https://www.linkedin.com/in/mateo-alvarez-7731/',
            invite: { state: 'sent', at: iso(now, -10, 10) },
          },
        ],
      },
      {
        id: 'demo-tailspin',
        company: 'Tailspin Toys',
        role: 'Product Manager',
        at: iso(now, 0, 9),
        culture: 'formal',
        topics: ['toy safety standards'],
        interviewers: [
          {
            id: 'demo-lena',
            name: 'Lena Fischer',
            title: 'VP Engineering',
            role: 'executive',
            profileUrl: 'https://www.linkedin.com/in/lena-fischer/',
          },
        ],
      },
      {
        id: 'demo-northwind',
        company: 'Northwind Labs',
        role: 'Product Manager',
        at: iso(now, -130),
        outcome: 'rejected',
        outcomeAt: iso(now, -120),
        topics: ['developer tooling'],
        interviewers: [
          {
            id: 'demo-jordan',
            name: 'Jordan Reyes',
            title: 'Staff Engineer',
            role: 'panel',
            profileUrl: 'https://www.linkedin.com/in/jordan-reyes/',
            invite: { state: 'accepted', at: iso(now, -110) },
            touches: [{ at: iso(now, -100), kind: 'message', replied: true }],
          },
        ],
      },
    ],
  };
}

/** The stand-in pages `npm start` serves, at their people's profile URLs. */
export const DEMO_PAGES: Record<string, string> = {
  '/in/priya-natarajan/': 'sdui-connect.html',
  '/in/avery-stone/': 'ember-connect.html',
  '/in/mateo-alvarez-7731/': 'sdui-pending.html',
  '/in/jordan-reyes/': 'sdui-connected.html',
  '/in/lena-fischer/': 'sdui-follow-more.html',
};
