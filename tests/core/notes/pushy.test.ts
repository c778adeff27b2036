/**
 * 'pushy': notes people really send. Pressing for news or a decision, hurrying, pleading or guilt is an
 * error; warm notes — even eager ones, even after a rejection — are not.
 */
import { describe, expect, it } from 'vitest';
import { errors } from './build';

const pushy = [
  'Hi Ana, thanks for the interview! Any update on my application?',
  'Hi Ana, just following up on my application status for the Data Engineer role.',
  'Hi Ana, have you decided on the Data Engineer role yet? Thanks!',
  'Hi Ana, thank you for your time. When will I hear back about the role?',
  'Hi Ana, great chat on Monday. Please let me know the outcome as soon as you can.',
  'Hi Ana, thanks again for the interview. Hope to hear back soon!',
  'Hi Ana, please consider me for the Data Engineer role. Thank you.',
  'Hi Ana, I really need this job, thank you for the interview.',
  'Hi Ana, did I get the job? Thanks for your time.',
  'Hi Ana, thank you for the interview. Looking forward to your decision.',
  'Hi Ana, thanks for meeting me. Could you reply ASAP about next steps?',
  'Hi Ana, I have been waiting for two weeks. Thank you for the interview.',
  'Hi Ana, it’s been a week since our interview and I haven’t heard anything.',
  'Hi Ana, thank you! Has a decision been made about the Data Engineer role?',
  'Hi Ana, thanks for the interview. What are the next steps?',
  'Hi Ana, thank you for the interview. Could you put in a good word for me with the team?',
  'Hi Ana, I turned down another offer for this role, so I hope you understand. Thanks.',
  'Hi Ana, thank you for considering me. Is there any news yet?',
  'Hi Ana, I’m the best candidate for this role, you won’t regret hiring me. Thanks!',
  'Hi Ana, thanks for the call. Please keep me updated on where things stand.',
  'Hi Ana, sorry to hear it. Would you reconsider my application? Thanks for your time.',
  'Hi Ana, thanks for the interview. Looking forward to hearing from you soon.',
  'Hi Ana, thank you for the chat. Kindly respond at your earliest convenience.',
  'Hi Ana, thank you. Any idea when you will make a decision?',
];

const good = [
  'Hi Ana, thank you for our conversation about the Data Engineer role at Acme Analytics. I enjoyed talking about streaming. Best, Sam',
  'Hi Ana, thanks for taking the time to talk with me on Monday. Your view on data contracts stuck with me. Glad to stay in touch!',
  'Hello Ana, I appreciated the conversation about the billing pipeline. I would be glad to stay connected.',
  'Hi Ana, thank you for the interview. I left even more excited about the team and the role.',
  'Hi Ana, thank you for considering me for the Data Engineer role. I respect your decision and wish the team every success.',
  'Hi Ana, thanks again for your time. I look forward to staying in touch, whatever comes next.',
  'Hi Ana, I’m still thinking about what you said on streaming. Thank you for a great conversation. Best, Sam',
  'Dear Ms. López, thank you for the interview on 9 March. It was a pleasure to learn about Acme Analytics.',
  'Hi Ana, thank you for the offer and for your warm welcome. I look forward to working with you!',
  'Hi Ana, it was a pleasure to meet you. Thank you for walking me through how the team shares on-call.',
  'Hi Ana, we spoke on 9 March about the Data Engineer role. Thank you again, and I hope our paths cross again.',
  'Hi Ana, thanks for the chat! I’d love to hear more about the streaming migration sometime.',
  'Hi Ana, thank you for your time today. If I get the chance, I would love to see the new platform in action.',
  'Hi Ana, thanks for the interview. The work on the urgent-care data pipeline sounded fascinating.',
  'Hi Ana, thank you for the thoughtful questions. The role would give me the chance to grow, and I enjoyed our talk.',
  'Hi Ana, thank you for the conversation. I remain very interested in the Data Engineer role at Acme Analytics.',
  'Hi Ana, thank you for a lovely conversation about data quality. Wishing you a great week. Sam',
  'Hi Ana, although it was not a match this time, I am grateful for the interview and learned a lot.',
  'Hi Ana, thank you for the interview. I enjoyed hearing how the team decides what to build next.',
  'Hi Ana, thanks for the great conversation! I’d be glad to keep in touch and follow your team’s work.',
  'Hi Ana, thank you for your time. Let me know if I can share anything else that would help, such as my portfolio.',
  'Hi Ana, thanks for meeting with me. It was great to learn how you make decisions about data ownership.',
];

describe('pressing notes are errors', () => {
  it.each(pushy)('%s', (note) => {
    const finding = errors(note).find((f) => f.code === 'pushy');
    expect(finding).toBeDefined();
    expect(finding?.span?.end).toBeGreaterThan(finding?.span?.start ?? Number.POSITIVE_INFINITY);
  });
});

describe('warm notes pass', () => {
  it.each(good)('%s', (note) => {
    expect(errors(note)).toEqual([]);
  });
});

it('has enough real examples each way', () => {
  expect(pushy.length).toBeGreaterThanOrEqual(20);
  expect(good.length).toBeGreaterThanOrEqual(20);
});
