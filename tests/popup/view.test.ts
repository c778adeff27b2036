import { describe, expect, it } from 'vitest';
import { chooseView } from '../../src/popup/view';
import type { PageAnswer } from '../../src/replies';
import { contoso, reading, state } from './log';

const log = state([contoso]);
const PRIYA_URL = 'https://www.linkedin.com/in/priya-natarajan/';
const answer: PageAnswer = {
  interviewId: 'iv-contoso',
  interviewerId: 'priya',
  name: 'Priya Natarajan',
  company: 'Contoso Health',
  verdict: 'send',
  summary: 'Send your request now.',
  reasons: [],
  draft: 'Hi Priya, thank you for our conversation.',
  limit: 200,
  showHelper: true,
  byName: false,
};

describe('chooseView: what the popup shows for what it learned', () => {
  it.each([
    [
      'a logged interviewer’s profile',
      {
        url: PRIYA_URL,
        status: { reading: reading({ slug: 'priya-natarajan' }), noteBox: null },
        state: log,
      },
      'person',
    ],
    [
      'a logged person matched by name and company',
      {
        url: 'https://www.linkedin.com/in/dana-w/',
        status: {
          reading: reading({ slug: 'dana-w', name: 'Dana Whitfield', company: 'Contoso Health' }),
          noteBox: null,
        },
        state: log,
      },
      'person',
    ],
    [
      'someone not in the log',
      {
        url: 'https://www.linkedin.com/in/jordan-reyes/',
        status: { reading: reading({ slug: 'jordan-reyes' }), noteBox: null },
        state: log,
      },
      'stranger',
    ],
    [
      'one’s own profile',
      {
        url: 'https://www.linkedin.com/in/alex-kim/',
        status: { reading: reading({ slug: 'alex-kim', own: true }), noteBox: null },
        state: log,
      },
      'own',
    ],
    [
      'the feed',
      { url: 'https://www.linkedin.com/feed/', status: { reading: null, noteBox: null }, state: log },
      'elsewhere',
    ],
    ['another site', { url: null, status: null, state: log }, 'elsewhere'],
    [
      'a logged profile the page script could not read',
      { url: PRIYA_URL, status: { reading: null, noteBox: null }, state: log },
      'person',
    ],
    [
      'a logged profile without its page script',
      { url: `${PRIYA_URL}details/experience/`, status: null, state: log },
      'person',
    ],
    [
      'an unread profile of no one logged',
      { url: 'https://www.linkedin.com/in/someone/', status: null, state: log },
      'unread',
    ],
    [
      'a logged profile while the background is silent, the page remembering',
      {
        url: PRIYA_URL,
        status: { reading: reading({ slug: 'priya-natarajan' }), noteBox: null, answer },
        state: null,
      },
      'remembered',
    ],
    ['a profile while the background is silent', { url: PRIYA_URL, status: null, state: null }, 'unread'],
    ['elsewhere while the background is silent', { url: null, status: null, state: null }, 'elsewhere'],
  ] as const)('%s → %s', (_, seen, kind) => {
    expect(chooseView(seen).kind).toBe(kind);
  });

  it('keeps the reading for a logged person, and none when the page could not be read', () => {
    const read = chooseView({
      url: PRIYA_URL,
      status: { reading: reading({ slug: 'priya-natarajan' }), noteBox: null },
      state: log,
    });
    expect(read).toMatchObject({
      kind: 'person',
      reading: { slug: 'priya-natarajan' },
      match: { person: { id: 'priya' } },
    });
    const unread = chooseView({ url: PRIYA_URL, status: null, state: log });
    expect(unread).toMatchObject({ kind: 'person', reading: null });
  });
});
