/**
 * What a good note says: a word of thanks, and something that ties it to this interview.
 */
import type { Interview } from '../model';
import { fold } from './text';
import type { LintFinding } from './types';
import { words } from './words';

const THANKS =
  /\b(?:thanks?|thank(?:ed|ing|ful)|thx|grateful|gratitude|appreciat(?:e|ed|es|ing|ion)|cheers)\b/i;

/** Words that recall the meeting itself. */
const MEETING =
  /^(?:interview\w*|conversations?|chat|chats|chatted|chatting|talk|talks|talked|talking|spoke|spoken|speaking|discuss\w*|meeting|meet|met|call)$/;

/** Long topic words are specific enough on their own ("Kubernetes" from "moving the cluster to Kubernetes"). */
const TOPIC_WORD_MIN = 6;

export function findNoThanks(text: string): LintFinding[] {
  if (THANKS.test(text)) return [];
  return [
    {
      code: 'no-thanks',
      severity: 'warning',
      message: "The note doesn't thank them. A word of thanks goes a long way.",
    },
  ];
}

function isSpecific(text: string, interview: Interview): boolean {
  const note = fold(text);
  const said = new Set(words(note).map((word) => word.text));
  if ([...said].some((word) => MEETING.test(word))) return true;
  const company = fold(interview.company.trim());
  // "Acme" stands for "Acme Analytics Ltd"; "The" doesn't stand for "The Agency".
  const companyFirst = words(company).find((word) => word.text.length >= 3 && word.text !== 'the')?.text;
  if (note.includes(company) || (companyFirst && said.has(companyFirst))) return true;
  if (note.includes(fold(interview.role.trim()))) return true;
  return interview.topics.some((topic) => {
    const plain = fold(topic.trim());
    if (plain && note.includes(plain)) return true;
    return words(plain).some((word) => word.text.length >= TOPIC_WORD_MIN && said.has(word.text));
  });
}

export function findNotSpecific(text: string, interview: Interview): LintFinding[] {
  if (isSpecific(text, interview)) return [];
  const message =
    'Nothing here ties the note to your interview. Mention the role, the company or something you discussed.';
  return [{ code: 'not-specific', severity: 'warning', message }];
}
