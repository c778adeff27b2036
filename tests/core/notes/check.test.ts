/**
 * checkNote(): every check but spelling, so the popup can check each keystroke without the dictionary;
 * with the spelling findings added, it is lintNote() exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkNote, errorsFirst, knownWords } from '../../../src/core/notes/check';
import { findMisspellings } from '../../../src/core/notes/misspelt';
import { interviewWith, lintFor, settingsWith } from './build';

const input = { interview: interviewWith(), interviewerId: 'ana', settings: settingsWith() };
const NOTES = [
  '',
  'Hi Ana, thank you for our conversation about the Data Engineer role at Acme Analytics. Best, Sam',
  'Hi Ana, any update on my application? I am very intrested in the roel.',
  "I'd like to add you to my professional network on LinkedIn.",
  `Hi Ana, THANK YOU for the talk about streaming at Acme, Tom Becker and Lopez were great. ${'x'.repeat(150)}`,
];

describe('checkNote', () => {
  it('finds no spelling, and with the spelling findings added is lintNote()', () => {
    expect(lintFor(NOTES[2]!).filter((f) => f.code === 'spelling')).toHaveLength(2);
    for (const note of NOTES) {
      const checked = checkNote(note, input);
      expect(checked.map((f) => f.code)).not.toContain('spelling');
      const spelling = note.trim() ? findMisspellings(note, new Set(knownWords(input))) : [];
      expect(errorsFirst([...checked, ...spelling])).toEqual(lintFor(note));
    }
  });

  it('still flags what needs no dictionary: pressing, too long, empty', () => {
    expect(checkNote('Hi Ana, any update on my application?', input)[0]).toMatchObject({
      code: 'pushy',
      severity: 'error',
    });
    expect(checkNote(`Hi Ana. ${'a'.repeat(200)}`, input).map((f) => f.code)).toContain('too-long');
    expect(checkNote('  ', input).map((f) => f.code)).toEqual(['empty']);
  });

  it('knows the log’s words, folded: names, company, role, topics, your name', () => {
    expect(knownWords(input)).toEqual(
      expect.arrayContaining(['acme', 'analytics', 'lopez', 'becker', 'streaming', 'sam', 'rivera']),
    );
  });
});
