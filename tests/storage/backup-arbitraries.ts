/**
 * fast-check arbitraries for backup files: valid ones (as a person's export would be), and the hostile
 * values a damaged or crafted file can hold. Values are plain JSON data (JSON round trip), as a parsed
 * file is.
 */
import fc from 'fast-check';

/** As JSON.parse would give it back: plain objects, no `undefined`. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Text a person could type, hostile markup and bidi controls included, never only spaces. */
const HOSTILE_TEXT = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '\u202Egnp.exe',
  'Zoë\u200D\u200DKowalczyk',
  '  padded  ',
  'Ω≈ç√∫ 你好 مرحبا',
];
const someText = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ maxLength }),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.constantFrom(...HOSTILE_TEXT),
    )
    .filter((text) => text.length <= maxLength);
const nonBlank = (maxLength: number) => someText(maxLength).filter((text) => text.trim().length > 0);

/** ISO date-times in the forms a backup may hold: UTC with milliseconds, or an offset. */
export const isoDateTime = fc
  .tuple(
    fc.date({
      min: new Date('2015-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.boolean(),
  )
  .map(([date, withOffset]) =>
    withOffset ? `${date.toISOString().slice(0, 19)}+02:00` : date.toISOString(),
  );
const isoDay = isoDateTime.map((time) => time.slice(0, 10));
const id = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24 }),
  fc.constantFrom('line\nbreak', '\u202Edi', 'x'.repeat(100), '__proto__', 'a:b'),
);
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);

const touch = fc.record(
  {
    at: isoDateTime,
    kind: fc.constantFrom('message', 'comment', 'email', 'call'),
    replied: fc.boolean(),
  },
  { requiredKeys: ['at', 'kind'] },
);

const interviewer = fc.record(
  {
    id,
    name: nonBlank(60),
    title: someText(60),
    role: fc.constantFrom('recruiter', 'hiring-manager', 'panel', 'executive', 'other'),
    profileUrl: slug.map((s) => `https://www.linkedin.com/in/${s}/`),
    invite: fc.record(
      {
        state: fc.constantFrom('none', 'sent', 'accepted', 'declined', 'withdrawn'),
        at: isoDateTime,
        note: someText(200),
      },
      { requiredKeys: [] },
    ),
    touches: fc.array(touch, { maxLength: 3 }),
    draft: someText(200),
    email: fc.constantFrom('sam@acme.test', 'ana.ruiz+jobs@example.co.uk', 'o.brien@x-y.org'),
    thankYouEmailAt: isoDateTime,
  },
  { requiredKeys: ['id', 'name'] },
);

const interview = fc.record(
  {
    id,
    company: nonBlank(60),
    role: nonBlank(60),
    at: isoDateTime,
    culture: fc.constantFrom('formal', 'neutral', 'relaxed'),
    connectionPolicy: fc.constantFrom('welcome', 'unknown', 'discouraged'),
    expectedReplyBy: fc.oneof(isoDay, isoDateTime),
    outcome: fc.constantFrom('pending', 'offer', 'rejected', 'withdrawn'),
    outcomeAt: isoDateTime,
    topics: fc.array(someText(80), { maxLength: 4 }),
    notes: someText(300),
    interviewers: fc.uniqueArray(interviewer, { selector: (person) => person.id, maxLength: 4 }),
  },
  { requiredKeys: ['id', 'company', 'role', 'at'] },
);

const settings = fc.record(
  {
    yourName: someText(60),
    accountTier: fc.constantFrom('free', 'premium'),
    noteQuota: fc.record({ remaining: fc.integer({ min: 0, max: 1000 }), seenAt: isoDateTime }),
    profile: fc.record(
      {
        photo: fc.boolean(),
        headline: fc.boolean(),
        currentRole: fc.boolean(),
        about: fc.boolean(),
        readAt: isoDateTime,
      },
      { requiredKeys: [] },
    ),
    weekdaysOnly: fc.boolean(),
    reminders: fc.boolean(),
    inlineHelper: fc.boolean(),
    timingStyle: fc.constantFrom('days', 'decision'),
    notesPerMonth: fc.integer({ min: 0, max: 100 }),
  },
  { requiredKeys: [] },
);

/** A backup a person's export could be: unique interview ids, every field within its limits. */
export const validBackup = fc
  .record({
    exportedAt: isoDateTime,
    settings,
    interviews: fc.uniqueArray(interview, { selector: (it) => it.id, maxLength: 5 }),
  })
  .map((parts) => plain({ format: 'connect-coach-backup', version: 1, ...parts }));

/** Builds a value nested `levels` deep without recursion (a recursive builder would overflow first). */
export function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level++) value = level % 2 ? [value] : { deeper: value };
  return value;
}

/** 10,000 levels of arrays, as JSON text. */
export const DEEP_TEXT = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
/** Allocated once: ten million characters. */
/** A string larger than the store can hold (storage.local's 10 MB): refused wherever it is. */
export const TEN_MB = 'x'.repeat(11 * 1024 * 1024);

/** Dates a hand-edited or crafted file may hold where a date belongs. */
export const BAD_DATES = [
  '2026-02-30T10:00:00Z',
  '2026-02-29T10:00:00Z',
  '2026-13-01T10:00:00Z',
  '2026-03-09T25:00:00Z',
  '',
  'yesterday',
  '9 March 2026',
  '2026-03-09T14:00:00', // no zone: whose 14:00?
  '1741514400',
];
/** Year 0 is a real ISO 8601 year: a file may carry it and be read exactly, or be refused; never half. */
export const ODD_DATES = ['0000-03-09T14:00:00Z', '0000-01-01'];

/** What a damaged or crafted file can hold in place of any value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 1e308, true, false, null, '', [], {}, [[]], [{}]),
  fc.constantFrom(...BAD_DATES, ...ODD_DATES),
  fc.constantFrom('x'.repeat(10_001), 'y'.repeat(100_000)),
  fc.constant(null).map(() => nested(10_000)),
  fc.constant(null).map(() => nested(70)),
  fc.anything({ maxDepth: 3 }).map((value) => plain(value ?? null)),
  validBackup.map((backup) => backup.interviews),
  validBackup,
);

export type Path = (string | number)[];

/** Every path to a value inside `root` (not the root itself), parents before children. */
export function pathsOf(root: unknown): Path[] {
  const paths: Path[] = [];
  const stack: Array<{ value: unknown; path: Path }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > 0) paths.push(path);
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return paths;
}

/** The value at `path`'s parent, and the last key: `parentOf(root, ['a', 0])` → [root.a, 0]. */
export function parentOf(root: unknown, path: Path): [Record<string | number, unknown>, string | number] {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return [node, path[path.length - 1]!];
}

/** The value at `path` (the root itself for an empty path). */
export function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}
