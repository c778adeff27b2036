/**
 * lintNote(): what to fix in a connection note before it goes out (DESIGN.md "Notes"). Synchronous;
 * the spelling dictionary loads on the first call. Only the popup and options page import this module.
 */
import { noteLimit } from '../basics';
import type { Interview, Settings } from '../model';
import { findLinkedInDefault, findPlaceholders } from './boilerplate';
import { findNoThanks, findNotSpecific } from './content';
import { findMisspellings } from './misspelt';
import { checkPeople } from './people';
import { findPushy } from './pushy';
import { findShouting } from './shouting';
import { fold } from './text';
import type { LintFinding } from './types';
import { words } from './words';

export interface LintInput {
  interview: Interview;
  interviewerId: string;
  settings: Settings;
}

/** Every piece of text the log holds for this interview: its words are known names and terms. */
function logTexts({ interview, settings }: LintInput): string[] {
  const people = interview.interviewers.flatMap((person) => [person.name, person.title ?? '']);
  return [interview.company, interview.role, ...interview.topics, ...people, settings.yourName];
}

function tooLong(text: string, limit: number): LintFinding[] {
  if (text.length <= limit) return [];
  const over = text.length - limit;
  const message = `This note is ${over} character${over === 1 ? '' : 's'} over LinkedIn's ${limit}-character limit.`;
  return [{ code: 'too-long', severity: 'error', message, span: { start: limit, end: text.length } }];
}

/**
 * The findings for `text`, errors first (they block "Insert"), then warnings, each in the order found.
 * Spans are in UTF-16 code units, as the note box counts.
 *
 * @example
 * lintNote('Hi Ana, any update on my application?', { interview, interviewerId: 'ana', settings })
 * // [{ code: 'pushy', severity: 'error', message: 'This presses for news…', span: { start: 8, end: 18 } }, …]
 */
export function lintNote(text: string, input: LintInput): LintFinding[] {
  if (text.trim() === '') {
    return [
      {
        code: 'empty',
        severity: 'error',
        message: 'The note is empty. Write a line or two, or send without a note.',
      },
    ];
  }
  const { interview, interviewerId, settings } = input;
  const person = interview.interviewers.find((candidate) => candidate.id === interviewerId);
  const log = logTexts(input).flatMap((entry) => words(entry).map((word) => word.text));
  const findings = [
    ...tooLong(text, noteLimit(settings)),
    ...findPushy(text),
    ...findLinkedInDefault(text),
    ...findPlaceholders(text),
    ...(person ? checkPeople(text, { interview, person }) : []),
    ...findNoThanks(text),
    ...findNotSpecific(text, interview),
    ...findShouting(text, new Set(log)),
    ...findMisspellings(text, new Set(log.map(fold))),
  ];
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ];
}
