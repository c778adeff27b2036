/**
 * The spelling check's scheduling: in a worker, one text at a time and only the latest waiting; on the
 * page (no worker, or one that fails) once the page is idle; and earlier findings carried over while
 * the answer for a new text is on its way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LintFinding } from '../../src/core/notes/types';
import type { SpellReply, SpellRequest } from '../../src/ui/spelling-client';

/** A stand-in worker: records what it is sent; the test answers. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  sent: SpellRequest[] = [];
  constructor(readonly url: URL) {
    super();
    FakeWorker.last = this;
  }
  postMessage(request: SpellRequest) {
    this.sent.push(request);
  }
  answer(findings: LintFinding[]) {
    const id = this.sent[this.sent.length - 1]!.id;
    this.dispatchEvent(new MessageEvent<SpellReply>('message', { data: { id, findings } }));
  }
  fail() {
    this.dispatchEvent(new Event('error'));
  }
}

const finding = (start: number, end: number): LintFinding => ({
  code: 'spelling',
  severity: 'warning',
  message: 'x',
  span: { start, end },
});

/** A fresh copy of the module (its worker is made once per page). */
async function fresh() {
  vi.resetModules();
  return import('../../src/ui/spelling-client');
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('in a worker', () => {
  it('starts one worker; a text asked while another is out waits, and a newer one replaces it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { spellCheck, startSpelling } = await fresh();
    startSpelling();
    startSpelling();
    const worker = FakeWorker.last!;
    expect(worker.url.pathname).toMatch(/spelling-worker/);
    const first = spellCheck('a', []);
    const second = spellCheck('ab', []);
    const third = spellCheck('abc', ['known']);
    expect(worker.sent.map((r) => r.text)).toEqual(['a']);
    expect(await second).toBeNull();
    worker.answer([finding(0, 1)]);
    expect(await first).toEqual([finding(0, 1)]);
    expect(worker.sent.map((r) => r.text)).toEqual(['a', 'abc']);
    expect(worker.sent[1]!.known).toEqual(['known']);
    worker.answer([]);
    expect(await third).toEqual([]);
    expect(FakeWorker.last).toBe(worker);
  });

  it('a worker that fails hands what it held, and what follows, to the page', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { spellCheck } = await fresh();
    const held = spellCheck('I am very intrested', []);
    FakeWorker.last!.fail();
    expect((await held)?.map((f) => f.span)).toEqual([{ start: 10, end: 19 }]);
    expect(await spellCheck('All is well', [])).toEqual([]);
  });
});

describe('without a worker', () => {
  it('loads the dictionary on the page once idle, then checks', async () => {
    vi.stubGlobal('Worker', undefined);
    const { spellCheck } = await fresh();
    const found = await spellCheck('Thanks for the convesation with Lopez', ['lopez']);
    expect(found?.map((f) => f.message)).toEqual([expect.stringContaining('"convesation" may be misspelt')]);
  });
});

describe('carryOver', () => {
  it('keeps findings whose word is still the same word at the same place', async () => {
    const { carryOver } = await fresh();
    const spelt = { text: 'Hi, intrested in', findings: [finding(4, 13)] };
    expect(carryOver(spelt, 'Hi, intrested in')).toEqual([finding(4, 13)]);
    expect(carryOver(spelt, 'Hi, intrested in you')).toEqual([finding(4, 13)]);
    expect(carryOver(spelt, 'Hi, intrestedd in')).toEqual([]);
    expect(carryOver(spelt, 'Hi, interested in')).toEqual([]);
    expect(carryOver(spelt, 'Hi,  intrested in')).toEqual([]);
    expect(carryOver(null, 'Hi')).toEqual([]);
  });
});
