/**
 * draftNote(): every tone, both account tiers and every wording, on the inputs that break naive
 * templates. Whatever the log holds, the draft fits the note box, greets the right person, reads as
 * whole sentences and passes lintNote() without an error.
 */
import { describe, expect, it } from 'vitest';
import type { InterviewInput } from '../../../src/core/model';
import { noteLimit } from '../../../src/core/model';
import { draftNote, NOTE_VARIANTS } from '../../../src/core/notes/draft';
import type { Tone } from '../../../src/core/rules/types';
import { errors, interviewWith, lintFor, NOW, settingsWith } from './build';

const TONES: Tone[] = ['thanks', 'nudge', 'late', 'gracious', 'welcome'];
const TIERS = ['free', 'premium'] as const;

const long = (words: string[], times: number) =>
  Array.from({ length: times }, () => words)
    .flat()
    .join(' ');

interface HardCase {
  case: string;
  name: string;
  /** The name the note must greet them by. */
  greet: string;
  interview?: Partial<InterviewInput>;
  yourName?: string;
}

const hardCases: HardCase[] = [
  { case: 'an ordinary log', name: 'Ana López', greet: 'Ana' },
  { case: 'a title before the name', name: 'Dr. Ana María López', greet: 'Ana' },
  {
    case: 'a very long name',
    name: 'Maximiliana Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh',
    greet: 'Maximiliana',
  },
  {
    case: 'a very long first name',
    name: 'Wolfeschlegelsteinhausenbergerdorff Smith',
    greet: 'Wolfeschlegelsteinhausenbergerdorff',
  },
  {
    case: 'a very long company',
    name: 'Ana López',
    greet: 'Ana',
    interview: {
      company:
        'The International Federation of Cooperative Agricultural and Horticultural Producers and Distributors of Northern Europe Limited',
    },
  },
  {
    case: 'a very long role',
    name: 'Ana López',
    greet: 'Ana',
    interview: {
      role: 'Senior Principal Staff Software Development Engineer in Test, Distributed Systems Reliability and Observability Platform',
    },
  },
  {
    case: 'very long topics',
    name: 'Ana López',
    greet: 'Ana',
    interview: {
      topics: [
        long(['how', 'the', 'quarterly', 'planning', 'process', 'balances', 'roadmap', 'commitments'], 7),
        long(['the', 'migration'], 30),
      ],
    },
  },
  {
    case: 'everything long at once',
    name: 'Maximiliana Wolfeschlegelsteinhausenbergerdorff',
    greet: 'Maximiliana',
    yourName: long(['Alexandrina', 'Konstantinopoulou'], 4),
    interview: {
      company: long(['Cooperative', 'Agricultural', 'Producers'], 6),
      role: long(['Principal', 'Engineer'], 8),
      topics: [long(['distributed', 'tracing'], 20)],
    },
  },
  {
    case: 'accents',
    name: 'Zoë Kowalczyk',
    greet: 'Zoë',
    interview: { company: 'Société Générale Ingénierie' },
  },
  { case: 'Nordic letters', name: 'Björn Åberg', greet: 'Björn', yourName: 'Åsa Nyström' },
  {
    case: 'emoji in the name and a topic',
    name: 'Priya 🌸 Sharma',
    greet: 'Priya',
    interview: { topics: ['the 🚀 launch plan for the new checkout', 'coffee ☕ chats'] },
  },
  {
    case: 'a CJK name and company',
    name: '王小明',
    greet: '王小明',
    interview: { company: '株式会社テスト' },
  },
  {
    case: 'a Japanese name with a space',
    name: '山田 太郎',
    greet: '山田 太郎',
    interview: { company: '株式会社テスト' },
  },
  { case: 'apostrophes', name: "Sam O'Connor", greet: 'Sam', yourName: 'Siobhán O’Brien' },
  {
    case: 'no topics and no name of your own',
    name: 'Ana López',
    greet: 'Ana',
    yourName: '',
    interview: { topics: [] },
  },
  {
    case: 'a company ending in a full stop',
    name: 'Ana López',
    greet: 'Ana',
    interview: { company: 'Acme, Inc.' },
  },
  {
    case: 'a role that names itself',
    name: 'Ana López',
    greet: 'Ana',
    interview: { role: 'Design Lead position' },
  },
];

const caseInterview = (hard: HardCase) =>
  interviewWith({ ...hard.interview, interviewers: [{ id: 'them', name: hard.name }] });

/** A note ends on a sentence or on the sign-off, never on "and", "the", a comma or a dash. */
const DANGLING = /(?:[,;:—–-]|\b(?:and|the|a|an|at|about|of|to|for|with|on|in|or|our|your))\s*$/i;

describe('a draft for every tone, tier, wording and hard input', () => {
  for (const hard of hardCases) {
    describe(hard.case, () => {
      for (const tier of TIERS) {
        for (const tone of TONES) {
          it(`${tone}, ${tier}: fits, greets ${hard.greet}, lints clean, ends whole`, () => {
            const interview = caseInterview(hard);
            const settings = settingsWith({ accountTier: tier, yourName: hard.yourName ?? 'Sam Rivera' });
            for (let variant = 0; variant < NOTE_VARIANTS[tone]; variant++) {
              const note = draftNote({ interview, interviewerId: 'them', settings, tone, variant, now: NOW });
              expect(note.length).toBeLessThanOrEqual(noteLimit(settings));
              expect(note).toContain(hard.greet);
              expect(errors(note, interview, 'them', settings)).toEqual([]);
              expect(note).not.toMatch(/[[\]{}<>]|undefined|null|NaN|\s{2}|\s[.,]|\.\./);
              expect(note).not.toMatch(DANGLING);
            }
          });
        }
      }
    });
  }
});

describe('absurd fields are left out, never cut', () => {
  const absurd = {
    role: long(['Distinguished', 'Engineer'], 30),
    company: 'Q'.repeat(400),
    topics: [long(['observability'], 35)],
  };
  for (const tier of TIERS) {
    for (const tone of TONES) {
      it(`${tone}, ${tier}: falls back to "the role" and still greets by name`, () => {
        const interview = interviewWith({ ...absurd, interviewers: [{ id: 'them', name: 'Ana López' }] });
        const settings = settingsWith({ accountTier: tier });
        const note = draftNote({ interview, interviewerId: 'them', settings, tone, now: NOW });
        expect(note.length).toBeLessThanOrEqual(noteLimit(settings));
        expect(note).toContain('Ana');
        expect(note).toContain('the role');
        expect(note).not.toContain('Distinguished');
        expect(note).not.toContain('QQQ');
        expect(errors(note, interview, 'them', settings)).toEqual([]);
      });
    }
  }

  it('greets without a name when the name alone would overflow the note', () => {
    const interview = interviewWith({ interviewers: [{ id: 'them', name: `${'A'.repeat(180)}na Smith` }] });
    const settings = settingsWith();
    const note = draftNote({
      interview,
      interviewerId: 'them',
      settings,
      tone: 'thanks',
      variant: 0,
      now: NOW,
    });
    expect(note.length).toBeLessThanOrEqual(200);
    expect(note).toMatch(/^Hi, thank you/);
    expect(lintFor(note, interview, 'them', settings).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('what gives way first when room is short', () => {
  const settings = settingsWith({ accountTier: 'free' });

  it('keeps everything when it fits (Premium has room)', () => {
    const premium = settingsWith({ accountTier: 'premium' });
    const note = draftNote({
      interview: interviewWith(),
      interviewerId: 'ana',
      settings: premium,
      tone: 'thanks',
      variant: 0,
      now: NOW,
    });
    expect(note).toContain('the Data Engineer role at Acme Analytics');
    expect(note).toContain('moving the billing pipeline to streaming');
    expect(note).toMatch(/Best, Sam Rivera$/);
  });

  it('drops the sign-off before the topic', () => {
    const note = draftNote({
      interview: interviewWith(),
      interviewerId: 'ana',
      settings: settingsWith({ yourName: 'Samantha Alexandra Rivera-Montgomery' }),
      tone: 'thanks',
      variant: 0,
      now: NOW,
    });
    expect(note).toContain('moving the billing pipeline to streaming');
    expect(note).not.toContain('Montgomery');
  });

  it('tries the next topic before giving up on topics', () => {
    const topics = [long(['the', 'quarterly', 'planning', 'cycle'], 12), 'dbt'];
    const note = draftNote({
      interview: interviewWith({ topics }),
      interviewerId: 'ana',
      settings,
      tone: 'thanks',
      variant: 0,
      now: NOW,
    });
    expect(note).toContain('dbt');
  });

  it("drops the topic before the role's name and the company", () => {
    const topics = [long(['the', 'quarterly', 'planning', 'cycle'], 12)];
    const note = draftNote({
      interview: interviewWith({ topics }),
      interviewerId: 'ana',
      settings,
      tone: 'thanks',
      variant: 0,
      now: NOW,
    });
    expect(note).not.toContain('quarterly');
    expect(note).toContain('the Data Engineer role at Acme Analytics');
  });
});

describe('the late note re-introduces you with the day you met', () => {
  it('names the day in the local calendar', () => {
    const note = draftNote({
      interview: interviewWith(),
      interviewerId: 'ana',
      settings: settingsWith(),
      tone: 'late',
      variant: 0,
      now: new Date(2026, 4, 1),
    });
    expect(note).toMatch(/^Hi Ana, we spoke on 9 March about the Data Engineer role at Acme Analytics/);
  });

  it('adds the year when the interview was in another year', () => {
    const interview = interviewWith({ at: new Date(2025, 11 /* Dec */, 15, 9).toISOString() });
    for (let variant = 0; variant < NOTE_VARIANTS.late; variant++) {
      const note = draftNote({
        interview,
        interviewerId: 'ana',
        settings: settingsWith(),
        tone: 'late',
        variant,
        now: new Date(2026, 1, 2),
      });
      expect(note).toContain('15 December 2025');
    }
  });
});

describe('people on one panel get different notes', () => {
  const interview = interviewWith();
  const settings = settingsWith({ accountTier: 'premium' });
  const drafts = interview.interviewers.map((person) =>
    draftNote({ interview, interviewerId: person.id, settings, tone: 'thanks', now: NOW }).replace(
      person.name.split(' ')[0]!,
      'NAME',
    ),
  );

  it('by wording, not just by name', () => {
    expect(new Set(drafts).size).toBe(interview.interviewers.length);
  });

  it('and each speaks of a topic in turn', () => {
    expect(drafts[0]).toContain('moving the billing pipeline to streaming');
    expect(drafts[1]).toContain('how the team shares on-call');
  });
});

describe('wordings', () => {
  const interview = interviewWith();
  const settings = settingsWith();

  it.each(TONES)('%s has at least three, all different', (tone) => {
    expect(NOTE_VARIANTS[tone]).toBeGreaterThanOrEqual(3);
    const notes = Array.from({ length: NOTE_VARIANTS[tone] }, (_, variant) =>
      draftNote({ interview, interviewerId: 'ana', settings, tone, variant, now: NOW }),
    );
    expect(new Set(notes).size).toBe(NOTE_VARIANTS[tone]);
  });

  it('wrap around for any integer; anything else means the panel place', () => {
    const draft = (variant: number) =>
      draftNote({ interview, interviewerId: 'ana', settings, tone: 'thanks', variant, now: NOW });
    expect(draft(NOTE_VARIANTS.thanks)).toBe(draft(0));
    expect(draft(-1)).toBe(draft(NOTE_VARIANTS.thanks - 1));
    expect(draft(1.5)).toBe(
      draftNote({ interview, interviewerId: 'ana', settings, tone: 'thanks', now: NOW }),
    );
  });
});

describe('the tone, by default, is the one the moment calls for', () => {
  const settings = settingsWith();
  const situations: { situation: string; interview: Partial<InterviewInput>; now: Date; tone: Tone }[] = [
    {
      situation: 'two days after the interview',
      interview: {},
      now: new Date(2026, 2, 11, 10),
      tone: 'thanks',
    },
    {
      situation: 'after a rejection',
      interview: { outcome: 'rejected', outcomeAt: new Date(2026, 2, 12).toISOString() },
      now: new Date(2026, 2, 14),
      tone: 'gracious',
    },
    {
      situation: 'after an offer',
      interview: { outcome: 'offer', outcomeAt: new Date(2026, 2, 12).toISOString() },
      now: new Date(2026, 2, 14),
      tone: 'welcome',
    },
    {
      situation: 'seven weeks on, still no word',
      interview: {},
      now: new Date(2026, 3, 27, 10),
      tone: 'late',
    },
  ];

  it.each(situations)('$situation → $tone', ({ interview: overrides, now, tone }) => {
    const interview = interviewWith(overrides);
    const byDefault = draftNote({ interview, interviewerId: 'ana', settings, now });
    expect(byDefault).toBe(draftNote({ interview, interviewerId: 'ana', settings, tone, now }));
  });
});

it('says clearly when the interviewer is not in the interview', () => {
  expect(() =>
    draftNote({
      interview: interviewWith(),
      interviewerId: 'nobody',
      settings: settingsWith(),
      tone: 'thanks',
      now: NOW,
    }),
  ).toThrow(/no interviewer "nobody"/);
});
