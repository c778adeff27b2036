import { describe, expect, it } from 'vitest';
import {
  dateToLocalInput,
  describeDue,
  formatDay,
  formatStored,
  formatWhen,
  localInputToIso,
} from '../../src/ui/format';

describe('dates as the pages show them (local time)', () => {
  it.each([
    [new Date(2026, 2 /* Mar */, 10, 9), 'Tuesday 10 March, 09:00'],
    [new Date(2026, 11, 31, 23, 59), 'Thursday 31 December, 23:59'],
    [new Date(2027, 0, 4, 0, 5), 'Monday 4 January, 00:05'],
  ])('%s → %s', (date, text) => {
    expect(formatWhen(date)).toBe(text);
    expect(formatDay(date)).toBe(text.split(',')[0]);
  });

  it('reads stored times, including a plain date meaning the end of that day', () => {
    expect(formatStored('2026-03-20')).toBe('Friday 20 March, 23:59');
    expect(formatStored(new Date(2026, 2, 9, 14).toISOString())).toBe('Monday 9 March, 14:00');
    expect(formatStored('not a date')).toBe('');
    expect(formatStored(undefined)).toBe('');
  });
});

describe('datetime-local values become ISO times with this browser’s offset', () => {
  it.each(['2026-03-09T14:00', '2026-07-01T09:30', '2026-10-25T01:30', '2026-12-31T23:59'])('%s', (value) => {
    const iso = localInputToIso(value)!;
    // It carries a zone (Z or ±hh:mm), names the same wall-clock moment here, and round-trips.
    expect(iso).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
    expect(dateToLocalInput(new Date(iso))).toBe(value);
  });

  it.each(['', 'tomorrow', '2026-02-31T10:00', '2026-13-01T10:00', '2026-03-09'])('refuses “%s”', (value) => {
    expect(localInputToIso(value)).toBeNull();
  });
});

describe('when a follow-up is due, relative to now', () => {
  const now = new Date(2026, 2, 10, 12);
  it.each([
    [now, 'due now'],
    [new Date(2026, 2, 10, 9), 'due now'],
    [new Date(2026, 2, 9, 9), 'due since Monday 9 March'],
    [new Date(2026, 2, 12, 9), 'from Thursday 12 March, 09:00'],
  ])('%s → %s', (dueAt, text) => {
    expect(describeDue(dueAt, now)).toBe(text);
  });
});
