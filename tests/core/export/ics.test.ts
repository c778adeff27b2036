/**
 * followUpsToIcs(): the follow-ups as a calendar file, parsed back with ical.js (Mozilla's parser, the one
 * Thunderbird uses) to check what a calendar will see. Runs in every time zone of `npm run test:unit`:
 * the times must be the person's wall-clock times in their own zone.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { followUpsToIcs } from '../../../src/core/export/ics';
import { type Interview, InterviewSchema } from '../../../src/core/model';
import { planFollowUps } from '../../../src/core/rules/plan';
import { local, settingsWith } from '../rules/build';

const mar = (day: number, hour = 0, minute = 0) => new Date(2026, 2 /* Mar */, day, hour, minute);
const NOW = mar(10, 12);
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const log: Interview[] = [
  InterviewSchema.parse({
    id: 'acme',
    company: 'Acme, Inc.',
    role: 'Product Designer',
    at: local(2026, 2, 9, 14),
    interviewers: [
      { id: 'sam', name: 'Sam Ortiz', profileUrl: 'https://www.linkedin.com/in/sam-ortiz/' },
      { id: 'dana', name: 'Dana; Lee', role: 'recruiter' },
    ],
  }),
];

const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

const exported = (now = NOW) => {
  const followUps = planFollowUps({ interviews: log, settings: settingsWith(), now });
  return followUpsToIcs(
    followUps.map((item) => ({ ...item, why: item.advice.reasons[0]?.text })),
    { now, interviews: log },
  );
};

describe('followUpsToIcs(): a calendar file of the follow-ups', () => {
  it('parses back as one event per follow-up, named for the person and the company', () => {
    const parsed = events(exported());
    expect(parsed.map((event) => event.summary)).toEqual([
      'Connect on LinkedIn with Dana; Lee (Acme, Inc.)',
      'Connect on LinkedIn with Sam Ortiz (Acme, Inc.)',
    ]);
    expect(parsed[1]?.description).toMatch(/^Your window opens Thursday 12 March at 09:00/);
  });

  it("writes each time in the person's zone, as the wall-clock time they will see", () => {
    const text = exported();
    // In UTC a time is written with Z; elsewhere with the zone's id and the local wall-clock time.
    const utc = ZONE === 'UTC';
    expect(text).toContain(utc ? 'DTSTART:20260312T090000Z' : `DTSTART;TZID=${ZONE}:20260312T090000`);
    // The zone is described in the file itself, as RFC 5545 asks for every TZID; a calendar converts
    // with that description, so the instant must come out right through it.
    const zones = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(utc ? [] : [ZONE]);
    if (zones[0]) ICAL.TimezoneService.register(zones[0]);
    try {
      const sam = events(text)[1]!;
      expect(sam.startDate.zone?.tzid).toBe(ZONE);
      expect(sam.startDate.toUnixTime() * 1000).toBe(mar(12, 9).getTime());
      expect(sam.endDate.toUnixTime() * 1000).toBe(mar(12, 9, 15).getTime());
    } finally {
      ICAL.TimezoneService.remove(ZONE);
    }
  });

  it('describes a daylight-saving change between now and the follow-up (New York, 8 March 2026)', () => {
    const text = exported(mar(1, 12));
    const zone = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone');
    const changes = (zone?.getAllSubcomponents('daylight') ?? []).map((part) =>
      String(part.getFirstPropertyValue('dtstart')),
    );
    // Only New York among the zones the suite runs in changes its clocks in March 2026.
    expect(changes).toEqual(ZONE === 'America/New_York' ? ['2026-03-08T02:00:00'] : []);
    if (zone) ICAL.TimezoneService.register(zone);
    try {
      expect(events(text)[1]!.startDate.toUnixTime() * 1000).toBe(mar(12, 9).getTime());
    } finally {
      ICAL.TimezoneService.remove(ZONE);
    }
  });

  it('reminds 15 minutes before, on screen', () => {
    const [alarm] = events(exported())[1]!.component.getAllSubcomponents('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT15M');
  });

  it('keeps the same UIDs across exports, with a higher SEQUENCE, so a re-import updates the events', () => {
    const first = events(exported());
    const later = events(exported(mar(11, 8)));
    expect(later.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(first.map((event) => event.uid)).toEqual([
      'follow-up.acme.dana@connect-coach',
      'follow-up.acme.sam@connect-coach',
    ]);
    expect(later[0]!.sequence).toBeGreaterThan(first[0]!.sequence);
  });

  it('puts a follow-up already due at the next quarter hour, so the calendar still reminds of it', () => {
    const dana = events(exported(mar(11, 10, 7)))[0]!;
    expect(dana.startDate.toJSDate()).toEqual(mar(11, 10, 15));
  });

  it('gives a thank-you email its own UID beside the LinkedIn follow-up', () => {
    const text = followUpsToIcs(
      [{ interviewId: 'acme', interviewerId: 'sam', kind: 'thank-you-email', dueAt: mar(10, 23, 59) }],
      { now: NOW, interviews: log },
    );
    const [email] = events(text);
    expect(email?.uid).toBe('thank-you-email.acme.sam@connect-coach');
    expect(email?.summary).toBe('Send a thank-you email to Sam Ortiz (Acme, Inc.)');
  });

  it('leaves out a follow-up whose interviewer is no longer in the log', () => {
    const text = followUpsToIcs(
      [{ interviewId: 'acme', interviewerId: 'gone', kind: 'connect', dueAt: mar(12) }],
      {
        now: NOW,
        interviews: log,
      },
    );
    expect(events(text)).toEqual([]);
  });
});
