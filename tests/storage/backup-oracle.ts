/**
 * What an accepted backup must become, written apart from the product's schemas so the fuzz tests have an
 * independent answer: DESIGN.md's defaults filled in, unknown keys dropped, names trimmed.
 */

type Data = Record<string, unknown>;
const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null;

/** Only the keys a model knows, without the absent ones, each passed through its own shaping. */
function pick(value: Data, fields: Record<string, (inner: unknown) => unknown>): Data {
  const out: Data = {};
  for (const [key, shape] of Object.entries(fields)) {
    const inner = shape(value[key]);
    if (inner !== undefined) out[key] = inner;
  }
  return out;
}

const as = (inner: unknown) => inner;
const trimmed = (inner: unknown) => (typeof inner === 'string' ? inner.trim() : inner);
const or = (fallback: unknown) => (inner: unknown) => inner ?? fallback;
const list =
  <T>(shape: (item: unknown) => T) =>
  (inner: unknown) =>
    ((inner as unknown[] | undefined) ?? []).map(shape);

const touch = (value: unknown) => pick(value as Data, { at: as, kind: as, replied: or(false) });
const invite = (value: unknown) =>
  pick((value as Data | undefined) ?? {}, { state: or('none'), at: as, note: as });

const interviewer = (value: unknown) =>
  pick(value as Data, {
    id: as,
    name: trimmed,
    title: as,
    role: or('hiring-manager'),
    profileUrl: as,
    invite,
    touches: list(touch),
    draft: as,
    email: as,
    thankYouEmailAt: as,
  });

/** An interview as the log keeps it, from the form a file gives it. */
export const expectedInterview = (value: unknown): Data =>
  pick(value as Data, {
    id: as,
    company: trimmed,
    role: trimmed,
    at: as,
    culture: or('neutral'),
    connectionPolicy: or('unknown'),
    expectedReplyBy: as,
    outcome: or('pending'),
    outcomeAt: as,
    topics: or([]),
    notes: as,
    interviewers: list(interviewer),
  });

/** Settings as the log keeps them. */
export const expectedSettings = (value: unknown): Data =>
  pick(value as Data, {
    yourName: or(''),
    accountTier: or('free'),
    noteQuota: (quota) => (isData(quota) ? pick(quota, { remaining: as, seenAt: as }) : undefined),
    profile: (profile) =>
      pick((profile as Data | undefined) ?? {}, {
        // Each part is there, missing, or not known yet (the default: nobody said).
        photo: or('unknown'),
        headline: or('unknown'),
        currentRole: or('unknown'),
        about: or('unknown'),
        readAt: as,
      }),
    weekdaysOnly: or(false),
    reminders: or(true),
    inlineHelper: or(true),
    timingStyle: or('days'),
    notesPerMonth: or(5),
  });

/** Interviews in one order whatever the log's, so two logs compare as sets. */
export const byId = <T extends { id?: unknown }>(interviews: readonly T[]): T[] =>
  [...interviews].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));

/**
 * The sentence a refusal must be: one line, ending with a full stop, short enough to show beside the file
 * picker whatever the file held (a refusal that quotes a hostile file at length is not a sentence).
 */
export const ONE_SENTENCE = /^[^\n\r\u2028\u2029]{10,400}\.$/s;
