/**
 * Wordings once the outcome is known: gracious after a rejection, welcome after an offer.
 */
import { end } from './text';
import { hello, hi, type Wording } from './wording';

/** After a rejection: grateful and warm, nothing to reopen. */
export const gracious: Wording[] = [
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
export const welcome: Wording[] = [
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
