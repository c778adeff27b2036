/**
 * Every check of a note but spelling: cheap, synchronous and without the dictionary, so the popup can
 * check each keystroke at once while the dictionary loads elsewhere (a worker). lint.ts adds spelling
 * for callers that want everything in one synchronous call.
 */
import { noteLimit } from '../log-values';
import type { Interview, Settings } from '../model';
import { findLinkedInDefault, findPlaceholders } from './boilerplate';
import { findNoThanks, findNotSpecific } from './content';
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

/** The words of every piece of text the log holds for this interview: known names and terms. */
function logWords({ interview, settings }: LintInput): string[] {
  const people = interview.interviewers.flatMap((person) => [person.name, person.title ?? '']);
  const texts = [interview.company, interview.role, ...interview.topics, ...people, settings.yourName];
  return texts.flatMap((entry) => words(entry).map((word) => word.text));
}

/**
 * The log's words, folded (lower case, no accents): the spelling check leaves them alone.
 *
 * @example knownWords({ interview, interviewerId: 'ana', settings }) // ['acme', 'analytics', 'ana', …]
 */
export function knownWords(input: LintInput): string[] {
  return logWords(input).map(fold);
}

function tooLong(text: string, limit: number): LintFinding[] {
  if (text.length <= limit) return [];
  const over = text.length - limit;
  const message = `This note is ${over} character${over === 1 ? '' : 's'} over LinkedIn's ${limit}-character limit.`;
  return [{ code: 'too-long', severity: 'error', message, span: { start: limit, end: text.length } }];
}

/** Errors first (they block "Insert"), then warnings, each in the order given. */
export function errorsFirst(findings: LintFinding[]): LintFinding[] {
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ];
}

/**
 * lintNote()'s findings without spelling, errors first. Spelling findings are warnings that come last,
 * so `errorsFirst([...checkNote(text, input), ...spelling])` is lintNote()'s answer.
 *
 * @example
 * checkNote('Hi Ana, any update on my application?', { interview, interviewerId: 'ana', settings })
 * // [{ code: 'pushy', severity: 'error', … }]
 */
export function checkNote(text: string, input: LintInput): LintFinding[] {
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
  return errorsFirst([
    ...tooLong(text, noteLimit(settings)),
    ...findPushy(text),
    ...findLinkedInDefault(text),
    ...findPlaceholders(text),
    ...(person ? checkPeople(text, { interview, person }) : []),
    ...findNoThanks(text),
    ...findNotSpecific(text, interview),
    ...findShouting(text, new Set(logWords(input))),
  ]);
}
