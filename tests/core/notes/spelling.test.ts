/**
 * Spelling: common typos are caught with a suggestion; the log's names and terms, addresses, numbers,
 * apostrophe forms, acronyms and British spellings are not typos.
 */
import { describe, expect, it } from 'vitest';
import { interviewWith, lintFor } from './build';

const spelling = (text: string, interview = interviewWith()) =>
  lintFor(text, interview).filter((f) => f.code === 'spelling');

describe('typos in common words', () => {
  it.each([
    ['intrested', 'interested'],
    ['oppurtunity', 'opportunity'],
    ['convesation', 'conversation'],
    ['definately', 'definitely'],
    ['recieve', 'receive'],
    ['seperate', 'separate'],
  ])('"%s" is flagged with "%s" suggested', (typo, fix) => {
    const text = `Hi Ana, thank you for the interview, ${typo} indeed.`;
    const [finding] = spelling(text);
    expect(finding?.severity).toBe('warning');
    expect(text.slice(finding?.span?.start, finding?.span?.end)).toBe(typo);
    expect(finding?.message).toContain(`"${fix}"`);
  });

  it('one finding per misspelt word, each at its place', () => {
    const text = 'Hi Ana, I am very intrested in the oppurtunity after our convesation.';
    expect(spelling(text).map((f) => text.slice(f.span?.start, f.span?.end))).toEqual([
      'intrested',
      'oppurtunity',
      'convesation',
    ]);
  });

  it('checks a capitalised word at the start of a sentence', () => {
    expect(spelling('Hi Ana. Intrested as ever, thank you.')).toHaveLength(1);
  });

  it('checks the pieces of a hyphenated word', () => {
    const text = 'Hi Ana, thanks for the folow-up.';
    expect(spelling(text).map((f) => text.slice(f.span?.start, f.span?.end))).toEqual(['folow']);
  });

  it('offers at most three suggestions', () => {
    const [finding] = spelling('Hi Ana, it was wierd luck.');
    expect((finding?.message.match(/"/g) ?? []).length - 2).toBeLessThanOrEqual(6);
  });
});

describe('not typos', () => {
  const interview = interviewWith({
    company: 'Zalando Kreuzberg',
    role: 'Kubernetes Platform Engineer',
    topics: ['Karpenter autoscaling', 'the Grafana dashboards'],
    interviewers: [
      { id: 'zoe', name: 'Zoë Kowalczyk' },
      { id: 'bjorn', name: 'Björn Åberg' },
      { id: 'wang', name: '王小明' },
    ],
  });

  it.each([
    ['names from the log', 'Hi Zoë, thanks to you and Björn Åberg and Kowalczyk.'],
    [
      'the company, role and topics',
      'Thanks for the talk about kubernetes at zalando kreuzberg, karpenter autoscaling and grafana.',
    ],
    ['names written without accents', 'Hi Zoe, thanks to you and Bjorn Aberg.'],
    [
      'addresses and emails',
      'My portfolio is at https://sam.example.dev/wrk and samr@exmpl.io or sammy.io/projcts, thanks.',
    ],
    ['numbers and words with digits', 'Thanks for the 45 minutes and the Q3 plans for v2 and 3rd parties.'],
    ['apostrophe forms', "I'm glad it's done, and thanks, O'Connor. We'd talk; y'all rock."],
    ['acronyms and brand capitals', 'Thanks for the chat on AWS, GCP, LinkedIn, GitHub and iOS.'],
    [
      'British spellings',
      'Thank you. The colour of the organisation, its behaviour and the programme centre travelled well.',
    ],
    ['names inside a sentence', 'Thank you, I enjoyed hearing about Snowflake and Terraform.'],
    ['other scripts', 'Thank you, 王小明. ありがとうございました. Спасибо.'],
    [
      'workplace words the dictionary lacks',
      'Thanks for the onboarding roadmap and the backend microservices.',
    ],
  ])('%s', (_, text) => {
    expect(spelling(text, interview)).toEqual([]);
  });
});
