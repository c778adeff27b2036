/** firstName(): what "Hi …," says for the names people really have. */
import { describe, expect, it } from 'vitest';
import { firstName } from '../../../src/core/notes/names';

describe('firstName', () => {
  it.each([
    ['Ana López', 'Ana'],
    ['  Ana   López ', 'Ana'],
    ['Dr. Ana María López', 'Ana'],
    ['Prof Tom Becker', 'Tom'],
    ['Ms. Priya Sharma', 'Priya'],
    ['Zoë Kowalczyk', 'Zoë'],
    ['Björn Åberg', 'Björn'],
    ["Sam O'Connor", 'Sam'],
    ["O'Neil", "O'Neil"],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['J. Robert Smith', 'J. Robert'],
    ['Priya 🌸 Sharma', 'Priya'],
    ['🌸 Priya Sharma', 'Priya'],
    ['Priya🌸 Sharma', 'Priya'],
    ['Madonna', 'Madonna'],
    ['Dr. Who', 'Who'],
    ['王小明', '王小明'],
    ['山田 太郎', '山田 太郎'],
    ['김민준', '김민준'],
    ['Ana, PhD', 'Ana'],
  ])('%s → %s', (name, first) => {
    expect(firstName(name)).toBe(first);
  });

  it('answers null for a name with no letters', () => {
    expect(firstName('🌸 ✨')).toBeNull();
  });
});
