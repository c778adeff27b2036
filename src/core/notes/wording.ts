/** The parts of one wording of a note, so the fitter can drop the optional ones when the note runs long. */

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

/** "Hi Ana," or, when the name can't fit, "Hi,". */
export const hi = (name: string | null) => (name ? `Hi ${name},` : 'Hi,');
export const hello = (name: string | null) => (name ? `Hello ${name},` : 'Hello,');
