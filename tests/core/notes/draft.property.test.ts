/**
 * draftNote() on random logs: any lengths, any scripts, emoji. Whatever comes in, the note fits, ends on a
 * whole sentence or the sign-off, and each field is there whole or not at all — never cut.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { noteLimit } from '../../../src/core/model';
import { draftNote } from '../../../src/core/notes/draft';
import type { Tone } from '../../../src/core/rules/types';
import { interviewWith, NOW, settingsWith } from './build';

/** Words from one alphabet per field, none of which the wordings use, so each can be traced in the note. */
const wordsOf = (letters: string, maxWords: number) =>
  fc
    .array(fc.string({ unit: fc.constantFrom(...Array.from(letters)), minLength: 1, maxLength: 40 }), {
      minLength: 1,
      maxLength: maxWords,
    })
    .map((words) => words.join(' '));

const field = (text: string) => text.split(' ');
const wholeOrAbsent = (note: string, text: string) =>
  note.includes(text) || field(text).every((word) => !note.includes(word));

it('fits, ends whole and never cuts a field, whatever the log holds', () => {
  fc.assert(
    fc.property(
      fc.record({
        role: wordsOf('жзийклмн', 20),
        company: wordsOf('αβγδεζηθ🚀', 15),
        topics: fc.array(wordsOf('աբգդեզէը☕', 12), { maxLength: 4 }),
        yourName: wordsOf('ŁłŃńŚśŹź', 6),
        tone: fc.constantFrom<Tone>('thanks', 'nudge', 'late', 'gracious', 'welcome'),
        tier: fc.constantFrom('free' as const, 'premium' as const),
        variant: fc.integer({ min: -5, max: 20 }),
      }),
      ({ role, company, topics, yourName, tone, tier, variant }) => {
        const interview = interviewWith({
          role,
          company,
          topics: topics.map((topic) => topic.slice(0, 500)),
        });
        const settings = settingsWith({ accountTier: tier, yourName: yourName.slice(0, 200) });
        const note = draftNote({ interview, interviewerId: 'ana', settings, tone, variant, now: NOW });
        expect(note.length).toBeLessThanOrEqual(noteLimit(settings));
        expect(note.endsWith('.') || note.endsWith(settings.yourName)).toBe(true);
        expect(wholeOrAbsent(note, role)).toBe(true);
        expect(wholeOrAbsent(note, company)).toBe(true);
        expect(wholeOrAbsent(note, settings.yourName)).toBe(true);
        const topicWords = interview.topics.flatMap(field).filter((word) => note.includes(word));
        if (topicWords.length) expect(interview.topics.some((topic) => note.includes(topic))).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
});
