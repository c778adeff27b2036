/**
 * Fits a note to LinkedIn's limit by trying the fullest version first and giving up optional parts in
 * order: the sign-off, then the close's details, then the topic (another topic is tried before none),
 * then the role and company, and last the name. Parts are dropped whole, so no word is ever cut.
 */
import type { Wording } from './wording';

export interface NoteFields {
  wording: Wording;
  /** First name, or null when it has no letters. */
  name: string | null;
  role: string;
  company: string;
  /** Topics to try, preferred first; already cleaned. */
  topics: string[];
  /** The interview's day, e.g. "9 March". */
  date: string;
  /** The sign-off name; '' for none. */
  you: string;
  /** In UTF-16 code units, as the note box's maxlength counts. */
  limit: number;
}

/** Said of a role that already names itself: "the Design Lead position" needs no extra "role". */
const ROLE_NOUN = /\b(role|position|job|post|opening|internship|vacancy)$/i;

/** "the Data Engineer role at Acme", then without the company, without the role's name, and plain. */
function aboutOptions(role: string, company: string): string[] {
  const noun = ROLE_NOUN.test(role) ? role : `${role} role`;
  return [`the ${noun} at ${company}`, `the ${noun}`, `the role at ${company}`, 'the role'];
}

/** Last resort for a limit smaller than any wording (LinkedIn's is 200 or more, so never in practice). */
const SHORTEST = 'Thank you for our conversation.';

/**
 * The fullest note that fits `limit`.
 *
 * @example
 * fitNote({ wording, name: 'Ana', role: 'Data Engineer', company: 'Acme', topics: ['the data platform'],
 *   date: '9 March', you: 'Sam', limit: 200 })
 * // 'Hi Ana, thank you for our conversation about the Data Engineer role at Acme. I especially enjoyed …'
 */
export function fitNote(fields: NoteFields): string {
  const { wording, name, role, company, topics, date, you, limit } = fields;
  for (const greet of name ? [name, null] : [null]) {
    for (const about of aboutOptions(role, company)) {
      const opening = `${wording.hello(greet)} ${wording.thanks(about, date)}`;
      if (opening.length > limit) continue;
      for (const topic of [...topics, null]) {
        for (const close of [wording.close.long, wording.close.short]) {
          for (const sign of you ? [you, null] : [null]) {
            const parts = [opening, topic && wording.topic(topic), close, sign && wording.signOff(sign)];
            const note = parts.filter(Boolean).join(' ');
            if (note.length <= limit) return note;
          }
        }
      }
    }
  }
  return SHORTEST.length <= limit ? SHORTEST : '';
}
