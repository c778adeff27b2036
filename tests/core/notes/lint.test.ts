/**
 * lintNote(): each finding both ways — the note that earns it and the near miss that doesn't.
 * The log: Ana López (with Priya Sharma and Tom Becker on the panel), Data Engineer at Acme Analytics.
 */
import { describe, expect, it } from 'vitest';
import { codes, errors, interviewWith, lintFor, settingsWith } from './build';

const GOOD =
  'Hi Ana, thank you for our conversation about the Data Engineer role at Acme Analytics. I enjoyed talking about streaming. Best, Sam';

describe('a good note', () => {
  it('has nothing to fix', () => {
    expect(lintFor(GOOD)).toEqual([]);
  });
});

describe('too-long', () => {
  const free = settingsWith({ accountTier: 'free' });
  const premium = settingsWith({ accountTier: 'premium' });
  const note = `${GOOD} ${'I would be glad to stay in touch. '.repeat(3)}`.trim();

  it('flags a note over the free limit, with the overflow as its span', () => {
    const [finding] = lintFor(note, interviewWith(), 'ana', free).filter((f) => f.code === 'too-long');
    expect(finding).toMatchObject({ severity: 'error', span: { start: 200, end: note.length } });
    expect(finding?.message).toContain(`${note.length - 200} characters over`);
  });

  it('lets the same note through on Premium', () => {
    expect(codes(note, interviewWith(), 'ana', premium)).not.toContain('too-long');
  });

  it('counts as the note box does: an emoji is two', () => {
    const exactly = `${'a'.repeat(198)}🙂`;
    expect(exactly.length).toBe(200);
    expect(codes(exactly)).not.toContain('too-long');
    expect(codes(`${exactly}!`)).toContain('too-long');
  });
});

describe('empty', () => {
  it.each(['', '   ', '\n\t '])('flags %j, and only that', (text) => {
    expect(lintFor(text)).toEqual([expect.objectContaining({ code: 'empty', severity: 'error' })]);
  });

  it('does not flag a note of one word', () => {
    expect(codes('Thanks!')).not.toContain('empty');
  });
});

describe('linkedin-default', () => {
  it.each([
    "I'd like to add you to my professional network on LinkedIn.",
    'Hi Ana, I’d like to add you to my professional network on LinkedIn. Sam',
    'I would like to add you to my professional network',
    "I'd like to join your LinkedIn network.",
    "Hi Ana, I'd like to connect with you on LinkedIn.",
  ])('flags %j', (text) => {
    expect(errors(text).map((f) => f.code)).toContain('linkedin-default');
  });

  it('points at the canned sentence', () => {
    const text = "Hi Ana, I'd like to add you to my professional network on LinkedIn.";
    const finding = lintFor(text).find((f) => f.code === 'linkedin-default');
    expect(text.slice(finding?.span?.start, finding?.span?.end)).toBe(
      "I'd like to add you to my professional network on LinkedIn.",
    );
  });

  it.each([
    "Hi Ana, I'd like to connect with you on LinkedIn after our conversation about the Data Engineer role. Thank you for your time.",
    'Hi Ana, thank you for the interview. I’d be glad to stay connected and grow my network in data engineering.',
  ])('leaves a note of your own alone: %j', (text) => {
    expect(codes(text)).not.toContain('linkedin-default');
  });
});

describe('placeholder', () => {
  it.each([
    ['Hi [Name], thank you for the interview.', '[Name]'],
    ['Hi Ana, thank you for the interview at {company}.', '{company}'],
    ['Hi Ana, thanks for talking about the <role> role.', '<role>'],
    ['Hi Ana, thank you for the interview on XXX.', 'XXX'],
    ['Hi Ana, I enjoyed [insert topic here]. Thanks!', '[insert topic here]'],
    ['Hi Ana, thank you for the interview. TODO: add a topic', 'TODO'],
    ['Hi {{first_name}}, thanks for the interview.', '{{first_name}}'],
    ['Hi FIRST_NAME, thanks for the interview.', 'FIRST_NAME'],
  ])('flags %j at %j', (text, leftover) => {
    const finding = errors(text).find((f) => f.code === 'placeholder');
    expect(text.slice(finding?.span?.start, finding?.span?.end)).toBe(leftover);
  });

  it.each([
    GOOD,
    'Hi Ana, thank you for the interview :) I enjoyed talking about Q3 plans and the XL rollout.',
    'Hi Ana, thanks for the chat about data <3',
  ])('leaves real text alone: %j', (text) => {
    expect(codes(text)).not.toContain('placeholder');
  });
});

describe('wrong-name', () => {
  it.each([
    [
      'greets another interviewer',
      'Hi Priya, thank you for the interview about the Data Engineer role.',
      'Priya',
    ],
    [
      'starts with another interviewer’s name',
      'Tom, thank you for the interview about the Data Engineer role.',
      'Tom',
    ],
    [
      'greets someone not in the log',
      'Hello Bob, thank you for the interview about the Data Engineer role.',
      'Bob',
    ],
    ['uses a title and another surname', 'Dear Dr. Sharma, thank you for the interview.', 'Sharma'],
  ])('%s', (_, text, name) => {
    const finding = errors(text).find((f) => f.code === 'wrong-name');
    expect(finding?.message).toContain(name);
    expect(text.slice(finding?.span?.start, finding?.span?.end)).toBe(name);
  });

  it.each([
    ['the first name', 'Hi Ana, thank you for the interview.'],
    ['the surname with a title', 'Dear Ms. López, thank you for the interview.'],
    ['the surname without its accent', 'Dear Ms Lopez, thank you for the interview.'],
    ['a greeting to no one in particular', 'Hi there, thank you for the interview, Ana.'],
    ['a greeting without a comma', 'Hi Thanks so much for the interview, Ana.'],
    ['the team', 'Hello Acme team, thank you for the interview, Ana.'],
    ['lower case', 'hi ana, thank you for the interview.'],
  ])('accepts %s', (_, text) => {
    expect(codes(text)).not.toContain('wrong-name');
  });

  it('accepts short forms of the first name', () => {
    const interview = interviewWith({ interviewers: [{ id: 'alex', name: 'Alexandra Novak' }] });
    expect(codes('Hi Alex, thank you for the interview.', interview, 'alex')).not.toContain('wrong-name');
  });

  it('knows CJK names run into what follows', () => {
    const interview = interviewWith({
      interviewers: [
        { id: 'wang', name: '王小明' },
        { id: 'li', name: '李华' },
      ],
    });
    expect(codes('王小明さん, thank you for the interview.', interview, 'wang')).not.toContain('wrong-name');
    expect(codes('李华, thank you for the interview.', interview, 'wang')).toContain('wrong-name');
  });
});

describe('no-thanks', () => {
  it('warns when nothing thanks them', () => {
    expect(lintFor('Hi Ana, great to meet you about the Data Engineer role.')).toContainEqual(
      expect.objectContaining({ code: 'no-thanks', severity: 'warning' }),
    );
  });

  it.each(['Thank you', 'Thanks', 'I appreciated', "I'm grateful for"])('is satisfied by "%s"', (words) => {
    expect(codes(`Hi Ana, ${words} our conversation.`)).not.toContain('no-thanks');
  });
});

describe('not-specific', () => {
  it('warns when nothing ties the note to this interview', () => {
    expect(codes('Hi Ana, thank you so much. All the best!')).toContain('not-specific');
  });

  it('does not take "the" for a company called The Agency', () => {
    const interview = interviewWith({ company: 'The Agency' });
    expect(codes('Hi Ana, thank you so much. The best to you!', interview)).toContain('not-specific');
    expect(codes('Hi Ana, thank you so much. Agency life suits you!', interview)).not.toContain(
      'not-specific',
    );
  });

  it.each([
    ['the company', 'Hi Ana, thank you. Acme sounds like a great place.'],
    ['the role', 'Hi Ana, thank you. The data engineer work sounds great.'],
    ['a topic', 'Hi Ana, thank you. I keep thinking about streaming.'],
    ['the interview', 'Hi Ana, thank you for the interview.'],
    ['the conversation', 'Hi Ana, thanks for the chat.'],
  ])('is satisfied by %s', (_, text) => {
    expect(codes(text)).not.toContain('not-specific');
  });
});

describe('no-name', () => {
  it('warns when their name is missing', () => {
    expect(lintFor('Hello, thank you for the interview at Acme.')).toContainEqual(
      expect.objectContaining({ code: 'no-name', severity: 'warning' }),
    );
  });

  it('is satisfied by the name anywhere, accents or not', () => {
    expect(codes('Thank you for the interview at Acme, Ana.')).not.toContain('no-name');
    const zoe = interviewWith({ interviewers: [{ id: 'zoe', name: 'Zoë Kowalczyk' }] });
    expect(codes('Hi Zoe, thank you for the interview at Acme.', zoe, 'zoe')).not.toContain('no-name');
  });

  it('does not count a name hidden inside another word', () => {
    expect(codes('Hello, thank you for the interview at Acme Analytics. Banana!')).toContain('no-name');
  });
});

describe('shouting', () => {
  it.each([
    ['a word in capitals', 'Hi Ana, thank you for the AMAZING interview.', 'AMAZING'],
    ['a run of capitals', 'Hi Ana, I AM SO EXCITED about the role. Thanks.', 'I AM SO EXCITED'],
    ['doubled exclamation marks', 'Hi Ana, thank you for the interview!!', '!!'],
  ])('warns about %s', (_, text, loud) => {
    const finding = lintFor(text).find((f) => f.code === 'shouting');
    expect(finding?.severity).toBe('warning');
    expect(text.slice(finding?.span?.start, finding?.span?.end)).toBe(loud);
  });

  it('warns about several exclamation marks apart', () => {
    expect(codes('Hi Ana! Thank you for the interview! It was great!')).toContain('shouting');
  });

  it.each([
    [
      'acronyms',
      'Hi Ana, thank you for the interview. I enjoyed the talk about AWS, SQL and the CI/CD setup.',
    ],
    ['one exclamation mark', 'Hi Ana, thank you for the interview!'],
    ['a name the log writes in capitals', 'Hi Ana, thank you for the interview at NASDAQ.'],
  ])('leaves %s alone', (_, text) => {
    const interview = interviewWith({ company: 'NASDAQ' });
    expect(codes(text, interview)).not.toContain('shouting');
  });
});

describe('the order of findings', () => {
  it('puts errors (which block Insert) before warnings', () => {
    const severities = lintFor('HELLO [Name], any update?? intrested').map((f) => f.severity);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
    expect(severities).toContain('error');
  });
});

describe('an interviewer the log does not hold', () => {
  it('still gets the checks that need no name', () => {
    expect(codes('Any update?', interviewWith(), 'nobody')).toContain('pushy');
  });
});
