/**
 * The wordings of a note, several per tone. Each wording is cut into parts so the fitter can drop the
 * optional ones (sign-off, close details, topic) when the note runs long. Every sentence thanks, looks
 * forward or recalls the conversation; none asks for news or a decision (lintNote checks every draft).
 */
import type { Tone } from '../rules/types';
import { end } from './text';

export interface Wording {
  /** "Hi Ana," — or a greeting without a name when the name can't fit. */
  hello: (name: string | null) => string;
  /** Follows the greeting, so it starts in lower case. `about` is e.g. "the Data Engineer role at Acme";
   * `date` is the interview's day, e.g. "9 March" (only the late tone uses it). */
  thanks: (about: string, date: string) => string;
  /** One specific thing discussed. */
  topic: (topic: string) => string;
  /** The forward-looking close: the long one says a little more, the short one always fits. */
  close: { long: string; short: string };
  signOff: (you: string) => string;
}

const hi = (name: string | null) => (name ? `Hi ${name},` : 'Hi,');
const hello = (name: string | null) => (name ? `Hello ${name},` : 'Hello,');

const thanks: Wording[] = [
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
const nudge: Wording[] = [
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
const late: Wording[] = [
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

/** After a rejection: grateful and warm, nothing to reopen. */
const gracious: Wording[] = [
  {
    hello: hi,
    thanks: (about) => `thank you for our conversation about ${about} and for considering me.`,
    topic: (topic) => end(`I enjoyed talking about ${topic}`),
    close: {
      long: "I'd be glad to stay in touch, and I wish you and the team every success.",
      short: 'I wish you and the team well.',
    },
    signOff: (you) => `Best, ${you}`,
  },
  {
    hello,
    thanks: (about) =>
      end(`although it wasn't a match this time, I'm grateful for our conversation about ${about}`),
    topic: (topic) => end(`I learned a lot from our exchange on ${topic}`),
    close: {
      long: "I'd welcome the chance to cross paths again in the future.",
      short: 'I hope our paths cross again.',
    },
    signOff: (you) => `All the best, ${you}`,
  },
  {
    hello: hi,
    thanks: (about) => end(`thank you for the time you gave me during the process for ${about}`),
    topic: (topic) => end(`Our talk about ${topic} was a highlight for me`),
    close: {
      long: "I'd like to stay connected, and I wish the team all the best.",
      short: 'All the best to you and the team.',
    },
    signOff: (you) => `Kind regards, ${you}`,
  },
];

/** After an offer: glad, grateful, looking ahead. */
const welcome: Wording[] = [
  {
    hello: hi,
    thanks: (about) =>
      `thank you for our conversations about ${about}; I was delighted to receive the offer.`,
    topic: (topic) => end(`I enjoyed talking about ${topic}`),
    close: {
      long: 'I look forward to staying in touch and, I hope, to working together.',
      short: 'I look forward to staying in touch.',
    },
    signOff: (you) => `Best, ${you}`,
  },
  {
    hello,
    thanks: (about) => `I'm so pleased about the offer for ${about}, and grateful for our conversations.`,
    topic: (topic) => end(`Our talk about ${topic} made me even more excited`),
    close: {
      long: "I'd love to stay in touch and hope we get to work together.",
      short: 'Glad to stay in touch.',
    },
    signOff: (you) => `All the best, ${you}`,
  },
  {
    hello: hi,
    thanks: (about) => end(`thanks so much for your part in the process for ${about}`),
    topic: (topic) => end(`I'm excited about ${topic}`),
    close: {
      long: 'It would be lovely to stay connected as things move forward.',
      short: 'Glad to stay connected.',
    },
    signOff: (you) => `Warm regards, ${you}`,
  },
];

export const WORDINGS: Readonly<Record<Tone, readonly Wording[]>> = {
  thanks,
  nudge,
  late,
  gracious,
  welcome,
};
