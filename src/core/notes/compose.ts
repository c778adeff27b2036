/**
 * writeNote(): the note for one interviewer in a given tone. Pure: the tone and `now` are given.
 * draftNote() (draft.ts) wraps it with the tone advise() picks.
 */
import { format } from 'date-fns';
import { noteLimit } from '../log-values';
import type { Interview, Settings } from '../model';
import { parseTime } from '../parse-time';
import type { Tone } from '../rules/types';
import { fitNote } from './fit';
import { firstName } from './names';
import { bare, clean } from './text';
import { WORDINGS } from './wordings';

export interface WriteInput {
  interview: Interview;
  interviewerId: string;
  settings: Settings;
  tone: Tone;
  /** Which wording (any integer; it wraps). By default the interviewer's place on the panel. */
  variant?: number | undefined;
  now: Date;
}

const wrap = (index: number, length: number): number => ((index % length) + length) % length;

/** The interview's day as the person's calendar shows it; the year only when it isn't this year. */
function dayOf(at: string, now: Date): string {
  const day = parseTime(at);
  return format(day, day.getFullYear() === now.getFullYear() ? 'd MMMM' : 'd MMMM yyyy');
}

/**
 * The note for `interviewerId` in `tone`, within the account's limit. Throws when the interview has no
 * such interviewer.
 *
 * @example
 * writeNote({ interview, interviewerId: 'ana', settings, tone: 'late', now })
 * // 'Hi Ana, we spoke on 9 March about the Data Engineer role at Acme, and I wanted to thank you …'
 */
export function writeNote({ interview, interviewerId, settings, tone, variant, now }: WriteInput): string {
  const index = interview.interviewers.findIndex((person) => person.id === interviewerId);
  const person = interview.interviewers[index];
  if (!person) {
    throw new Error(`draftNote: the interview "${interview.id}" has no interviewer "${interviewerId}"`);
  }
  // Panel members get different wordings and topics unless a wording is asked for.
  const pick = variant !== undefined && Number.isInteger(variant) ? variant : index;
  const wordings = WORDINGS[tone];
  const topics = interview.topics.map(bare).filter((topic) => topic !== '');
  const start = topics.length ? wrap(pick, topics.length) : 0;
  return fitNote({
    wording: wordings[wrap(pick, wordings.length)]!,
    name: firstName(person.name),
    role: clean(interview.role),
    company: clean(interview.company),
    topics: [...topics.slice(start), ...topics.slice(0, start)],
    date: dayOf(interview.at, now),
    you: clean(settings.yourName),
    limit: noteLimit(settings),
  });
}
