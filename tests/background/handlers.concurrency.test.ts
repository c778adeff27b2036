import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { readAll } from '../../src/storage/store';
import { sampleInterview, useFakeStore } from '../support/fake-store';
import { OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

/** A small deterministic random source, so an interleaving that failed can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * One extension page (popup, options or a LinkedIn tab): sends its messages one after another without
 * waiting for the answers, yielding a random few turns in between so the three pages interleave.
 */
async function page(messages: unknown[], next: () => number): Promise<unknown[]> {
  const answers: Promise<unknown>[] = [];
  for (const message of messages) {
    answers.push(handle(message, OWN_PAGE));
    for (let turns = Math.floor(next() * 4); turns > 0; turns--) await Promise.resolve();
  }
  return Promise.all(answers);
}

const touch = (context: string, n: number) => ({
  type: 'interviewer/touch',
  interviewId: 'iv-1',
  interviewerId: 'p-1',
  touch: {
    at: `2026-04-${String(n + 1).padStart(2, '0')}T${context}:00:00Z`,
    kind: 'message',
    replied: false,
  },
});
const patch = (interviewerId: string, field: object) => ({
  type: 'interviewer/patch',
  interviewId: 'iv-1',
  interviewerId,
  patch: field,
});
const put = (id: string) => ({
  type: 'interview/put',
  interview: sampleInterview({ id, company: `Company ${id}` }),
});

describe('concurrent writes from three pages', () => {
  it.each([1, 2, 3])(
    'lose nothing: 100 writes to different and to the same interview (seed %i)',
    async (seed) => {
      await handle({ type: 'interview/put', interview: sampleInterview() }, OWN_PAGE);
      const next = random(seed);
      // The options page adds interviews and edits Priya's title; the popup edits her draft and logs
      // messages; the LinkedIn tab logs messages and edits Tomás. 34 + 33 + 33 = 100 writes.
      const options = [
        ...Array.from({ length: 20 }, (_, n) => put(`opt-${n}`)),
        ...Array.from({ length: 14 }, (_, n) => patch('p-1', { title: `Title ${n}` })),
      ];
      const popup = [
        ...Array.from({ length: 18 }, (_, n) => touch('10', n)),
        ...Array.from({ length: 15 }, (_, n) => patch('p-1', { draft: `Draft ${n}` })),
      ];
      const tab = [
        ...Array.from({ length: 18 }, (_, n) => touch('15', n)),
        ...Array.from({ length: 10 }, (_, n) => patch('p-2', { title: `Panel lead ${n}` })),
        ...Array.from({ length: 5 }, (_, n) => put(`tab-${n}`)),
      ];
      const answers = (await Promise.all([page(options, next), page(popup, next), page(tab, next)])).flat();

      expect(answers).toHaveLength(100);
      expect(answers.filter((answer) => (answer as { ok: boolean }).ok)).toHaveLength(100);
      const { interviews } = await readAll();
      expect(interviews).toHaveLength(1 + 20 + 5);
      const [priya, tomas] = interviews.find((interview) => interview.id === 'iv-1')!.interviewers;
      expect(priya?.touches).toHaveLength(36);
      expect(new Set(priya?.touches.map((one) => one.at)).size).toBe(36);
      // Each page's last edit of a field is the one that stays, and edits of different fields all stay.
      expect(priya).toMatchObject({ title: 'Title 13', draft: 'Draft 14', role: 'recruiter' });
      expect(tomas).toMatchObject({ title: 'Panel lead 9', touches: [] });
    },
  );
});
