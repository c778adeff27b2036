import { describe, expect, it, vi } from 'vitest';
import {
  canonicalProfileUrl,
  MIGRATIONS,
  migrate,
  renameLinkedinToProfileUrl,
  SCHEMA_VERSION,
  splitLegacyLog,
  unansweredChecklistToUnknown,
} from '../../src/storage/migrations';
import { addRevisions } from '../../src/storage/revisions';
import { readAll } from '../../src/storage/store';
import { sampleInterview, seed, stored, useFakeStore } from '../support/fake-store';

/** A wait's limit is for a hang, not for speed (see tests/support/setup.ts). */

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

const acme = { id: 'acme', company: 'Acme', role: 'Designer', at: '2026-03-02T10:00:00Z' };
const globex = { id: 'globex', company: 'Globex', role: 'Engineer', at: '2026-03-04T15:00:00Z' };

describe('the migrations are an ordered list, one step per version', () => {
  it('brings version 0 up to the version this code writes', () => {
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(MIGRATIONS).toEqual([
      splitLegacyLog,
      renameLinkedinToProfileUrl,
      addRevisions,
      unansweredChecklistToUnknown,
    ]);
  });
});

describe('0 → 1: the prototype kept the whole log under one key', () => {
  it('gives each interview its own key and drops the old one', () => {
    const items = { interviews: [acme, globex], settings: { yourName: 'Alex' } };
    expect(splitLegacyLog(items)).toEqual({
      'interview:acme': acme,
      'interview:globex': globex,
      settings: { yourName: 'Alex' },
    });
  });

  it('keeps a record without a usable id, or with a taken one, under a legacy key for reading to set aside', () => {
    const items = { interviews: [acme, { company: 'No id' }, { ...acme, company: 'Acme again' }] };
    expect(splitLegacyLog(items)).toEqual({
      'interview:acme': acme,
      'interview:legacy-1': { company: 'No id' },
      'interview:legacy-2': { ...acme, company: 'Acme again' },
    });
  });

  it('keeps even a log that is not a list', () => {
    expect(splitLegacyLog({ interviews: 'garbled' })).toEqual({ 'interview:legacy-0': 'garbled' });
  });

  it('changes nothing in data already split', () => {
    const items = { 'interview:acme': acme };
    expect(splitLegacyLog(items)).toBe(items);
  });
});

describe('1 → 2: an interviewer\'s "linkedin" becomes "profileUrl" in its one stored form', () => {
  const withAddress = (linkedin: unknown, notes?: string) => ({
    'interview:acme': {
      ...acme,
      ...(notes ? { notes } : {}),
      interviewers: [{ id: 'p', name: 'Jo Park', linkedin }],
    },
  });
  const cases: Array<[string, string, string]> = [
    ['a bare address', 'linkedin.com/in/jo-park', 'https://www.linkedin.com/in/jo-park/'],
    [
      'a country subdomain with tracking',
      'https://uk.linkedin.com/in/Jo-Park?trk=abc',
      'https://www.linkedin.com/in/jo-park/',
    ],
    [
      'a sub-page of the profile',
      'https://www.linkedin.com/in/jo-park/details/experience/',
      'https://www.linkedin.com/in/jo-park/',
    ],
    [
      'accents, typed or encoded',
      'https://www.linkedin.com/in/Bj%C3%B6rn-lund',
      'https://www.linkedin.com/in/bj%C3%B6rn-lund/',
    ],
  ];
  it.each(cases)('%s', (_situation, linkedin, profileUrl) => {
    const migrated = renameLinkedinToProfileUrl(withAddress(linkedin));
    expect(migrated['interview:acme']).toEqual({
      ...acme,
      interviewers: [{ id: 'p', name: 'Jo Park', profileUrl }],
    });
  });

  it("keeps an address that is not a profile's in the interview notes, after any notes already there", () => {
    const migrated = renameLinkedinToProfileUrl(withAddress('jo at the conference', 'Met on Tuesday.'));
    expect(migrated['interview:acme']).toEqual({
      ...acme,
      notes: 'Met on Tuesday.\nLinkedIn address saved for Jo Park: jo at the conference',
      interviewers: [{ id: 'p', name: 'Jo Park' }],
    });
  });

  it('leaves interviewers that already have a profileUrl, and other records, as they are', () => {
    const items = {
      settings: { yourName: 'Alex' },
      'interview:acme': { ...acme, interviewers: [{ id: 'p', name: 'P' }] },
    };
    expect(renameLinkedinToProfileUrl(items)).toEqual(items);
    expect(canonicalProfileUrl('https://www.linkedin.com/company/acme/')).toBeNull();
  });
});

describe('2 → 3: every interview carries a revision', () => {
  it('gives each readable interview revision 1 and keeps the ones it already has', () => {
    const items = {
      'interview:acme': acme,
      'interview:globex': { ...globex, revision: 7 },
      settings: { yourName: 'Alex' },
    };
    expect(addRevisions(items)).toEqual({
      'interview:acme': { ...acme, revision: 1 },
      'interview:globex': { ...globex, revision: 7 },
      settings: { yourName: 'Alex' },
    });
  });

  it('leaves a record that cannot be read exactly as found, for reading to set aside', () => {
    const items = { 'interview:bad': { id: 'bad', at: 42 }, 'interview:text': 'garbled' };
    expect(addRevisions(items)).toEqual(items);
  });

  it('a store of version 2 reads with revisions, and a write continues from them', async () => {
    await seed({ meta: { schemaVersion: 2, lastNotified: {} }, 'interview:acme': acme });
    expect((await readAll()).interviews[0]?.revision).toBe(1);
    await vi.waitFor(async () =>
      expect((await stored())['interview:acme']).toEqual({ ...acme, revision: 1 }),
    );
  });
});

describe('3 → 4: a checklist nobody answered is "unknown", not "missing"', () => {
  const none = { photo: false, headline: false, currentRole: false, about: false };
  const unknown = { photo: 'unknown', headline: 'unknown', currentRole: 'unknown', about: 'unknown' };

  it('turns an untouched checklist (all false, never read from LinkedIn) into all unknown', () => {
    const items = { settings: { yourName: 'Alex', profile: none } };
    expect(unansweredChecklistToUnknown(items)).toEqual({ settings: { yourName: 'Alex', profile: unknown } });
  });

  it.each([
    ['something ticked', { settings: { profile: { ...none, photo: true } } }],
    [
      'read from LinkedIn, even with nothing there',
      { settings: { profile: { ...none, readAt: '2026-03-02T10:00:00Z' } } },
    ],
    ['already answered with unknowns', { settings: { profile: { ...unknown, photo: false } } }],
    ['no settings at all', { 'interview:acme': acme }],
  ])('leaves the answers alone: %s', (_case, items) => {
    expect(unansweredChecklistToUnknown(items)).toEqual(items);
  });

  it('runs at the first read: the stored settings say unknown', async () => {
    await seed({ meta: { schemaVersion: 3, lastNotified: {} }, settings: { profile: none } });
    const state = await readAll();
    expect(state.settings.profile).toMatchObject(unknown);
    // Written once the read is answered.
    await vi.waitFor(async () => expect((await stored()).settings).toMatchObject({ profile: unknown }));
  });
});

describe('the store migrates lazily at the first read', () => {
  it("turns a prototype's log into today's layout, marks the version and reads it", async () => {
    await seed({
      interviews: [{ ...acme, interviewers: [{ id: 'p', name: 'Jo', linkedin: 'linkedin.com/in/jo' }] }],
    });
    const state = await readAll();
    expect(state.interviews.map((interview) => interview.id)).toEqual(['acme']);
    expect(state.interviews[0]?.interviewers[0]?.profileUrl).toBe('https://www.linkedin.com/in/jo/');
    // Written once the read is answered (a read never waits for, nor fails on, a write).
    await vi.waitFor(async () => {
      const items = await stored();
      expect(Object.keys(items).sort()).toEqual(['interview:acme', 'meta']);
      expect(items.meta).toEqual({ schemaVersion: SCHEMA_VERSION, lastNotified: {} });
      expect(items['interview:acme']).toMatchObject({ revision: 1 });
    });
  });

  it('saves nothing when the store is already up to date', async () => {
    await seed({
      meta: { schemaVersion: SCHEMA_VERSION, lastNotified: {} },
      'interview:iv-1': sampleInterview(),
    });
    const before = await stored();
    await readAll();
    expect(await stored()).toEqual(before);
  });

  it('runs every step again when the bookkeeping record is lost, without harm', () => {
    const today = {
      'interview:acme': {
        ...acme,
        interviewers: [{ id: 'p', name: 'P', profileUrl: 'https://www.linkedin.com/in/p/' }],
        revision: 4,
      },
    };
    expect(migrate(today, 0)).toEqual(today);
  });
});
