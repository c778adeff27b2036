/**
 * Wordings while the outcome is open: thanks (in the window), nudge (no word for a while), late (long
 * after the interview). Every sentence thanks, looks forward or recalls the conversation; none asks for
 * news or a decision (the tests lint every draft).
 */
import { end } from './text';
import { hello, hi, type Wording } from './wording';

export const thanks: Wording[] = [
  {
    hello: hi,
    thanks: (about) => end(`thank you for our conversation about ${about}`),
    topic: (topic) => end(`I especially enjoyed talking about ${topic}`),
    close: {
      long: "I'd be glad to stay in touch and keep learning from your work.",
      short: "I'd be glad to stay in touch.",
    },
    signOff: (you) => `Best, ${you}`,
  },
  {
    hello,
    thanks: (about) => end(`thanks for taking the time to talk with me about ${about}`),
    topic: (topic) => end(`Our exchange on ${topic} gave me plenty to think about`),
    close: {
      long: "It would be great to stay connected and follow your team's work.",
      short: 'Glad to stay connected.',
    },
    signOff: (you) => `All the best, ${you}`,
  },
  {
    hello: hi,
    thanks: (about) => end(`I appreciated our conversation about ${about}`),
    topic: (topic) => end(`What you shared about ${topic} stayed with me`),
    close: {
      long: "I hope our paths cross again, and I'd like to keep in touch.",
      short: 'I hope our paths cross again.',
    },
    signOff: (you) => `Warmly, ${you}`,
  },
  {
    hello: hi,
    thanks: (about) => end(`thank you for the time you gave me to discuss ${about}`),
    topic: (topic) => end(`I enjoyed your perspective on ${topic}`),
    close: {
      long: "I'd like to stay in touch and see where the team goes next.",
      short: "I'd like to stay in touch.",
    },
    signOff: (you) => `Thanks again, ${you}`,
  },
];

/** No word for a while: a reminder of interest, never a question about where things stand. */
export const nudge: Wording[] = [
  {
    hello: hi,
    thanks: (about) => end(`thank you again for our conversation about ${about}`),
    topic: (topic) => end(`I've kept thinking about ${topic}`),
    close: {
      long: "I'm still excited about the role and would be glad to stay in touch.",
      short: "I'm still excited about the role.",
    },
    signOff: (you) => `Best, ${you}`,
  },
  {
    hello,
    thanks: (about) => end(`I wanted to thank you once more for talking with me about ${about}`),
    topic: (topic) => end(`Our conversation about ${topic} has stayed with me`),
    close: {
      long: 'I remain very interested and would be glad to keep in touch.',
      short: 'I remain very interested.',
    },
    signOff: (you) => `All the best, ${you}`,
  },
  {
    hello: hi,
    thanks: (about) => end(`I'm still grateful for our conversation about ${about}`),
    topic: (topic) => end(`I keep coming back to what you said about ${topic}`),
    close: {
      long: "I'm as keen on the role as ever and glad to stay connected.",
      short: "I'm as keen on the role as ever.",
    },
    signOff: (you) => `Warm regards, ${you}`,
  },
];

/** Long after the interview: say who you are and when you met before anything else. */
export const late: Wording[] = [
  {
    hello: hi,
    thanks: (about, date) =>
      `we spoke on ${date} about ${about}, and I wanted to thank you again for your time.`,
    topic: (topic) => end(`I still think about our talk on ${topic}`),
    close: { long: "I'd be glad to stay in touch from here on.", short: 'Glad to stay in touch.' },
    signOff: (you) => `Best, ${you}`,
  },
  {
    hello,
    thanks: (about, date) =>
      `I'm the candidate you met on ${date} for ${end(about)} Thank you again for the conversation.`,
    topic: (topic) => end(`Your thoughts on ${topic} have stayed with me`),
    close: {
      long: "I'd like to keep in touch and follow your team's work.",
      short: "I'd like to keep in touch.",
    },
    signOff: (you) => `All the best, ${you}`,
  },
  {
    hello: hi,
    thanks: (about, date) => `thank you again for our conversation on ${date} about ${end(about)}`,
    topic: (topic) => end(`I enjoyed our discussion of ${topic}`),
    close: {
      long: 'It would be good to stay connected and follow your work.',
      short: 'It would be good to stay connected.',
    },
    signOff: (you) => `Kind regards, ${you}`,
  },
];
