/**
 * Helpers for the tests of the background's answers to LinkedIn pages: a log with two interviews, and
 * readings as the content script sends them.
 */
import { handle } from '../../src/background/handlers';
import type { InterviewInput } from '../../src/core/model';
import type { ProfileReading } from '../../src/linkedin/reading';
import { readAll } from '../../src/storage/store';
import { sampleInterview } from './fake-store';
import { LINKEDIN_TAB, senderFor } from './senders';

/** The top frame of a LinkedIn tab: the only sender `page/…` messages are taken from. */
export const LINKEDIN_TOP = LINKEDIN_TAB;

/** A message from an extension page. */
export const ask = (message: unknown) => handle(message, senderFor(message));

/** What readProfile reports for a 2nd-degree person who can be invited, with `overrides`. */
export const reading = (overrides: Partial<ProfileReading>): ProfileReading => ({
  slug: 'someone-else',
  name: null,
  headline: null,
  company: null,
  degree: '2nd',
  relation: 'can-connect',
  own: false,
  ...overrides,
});

/** The background's answer to a profile page showing `overrides`. */
export const onPage = (overrides: Partial<ProfileReading>) =>
  ask({ type: 'page/reading', reading: reading(overrides) });

/** One interviewer as stored now. */
export const person = async (interviewId: string, interviewerId: string) =>
  (await readAll()).interviews
    .find((it) => it.id === interviewId)
    ?.interviewers.find((p) => p.id === interviewerId);

/** Sam has no profile address yet: only a match by name and company can find him. */
export const withSam: InterviewInput = sampleInterview({
  id: 'iv-2',
  company: 'Globex',
  at: '2026-03-05T10:00:00Z',
  interviewers: [{ id: 's-1', name: 'Sam  Lee', role: 'panel' }],
});

/** Priya and Tomás (with profile addresses) at Contoso, Sam (without) at Globex. */
export async function seedLog(): Promise<void> {
  await ask({ type: 'interview/put', interview: sampleInterview() });
  await ask({ type: 'interview/put', interview: withSam });
}
