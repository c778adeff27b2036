/**
 * Spelling for the note editor, without ever holding up typing: the dictionary loads in a worker
 * (spelling-worker.ts), started after the first paint; the page checks everything else at once
 * (checkNote) and adds the worker's findings when they arrive. Where no worker can start (a test's
 * DOM), the check loads on the page when it is idle instead.
 */
import type { LintFinding } from '../core/notes/types';

export interface SpellRequest {
  id: number;
  text: string;
  /** The log's words, folded: never reported. */
  known: string[];
}
export interface SpellReply {
  id: number;
  findings: LintFinding[];
}

type Check = (text: string, known: string[]) => Promise<LintFinding[] | null>;

let check: Check | null = null;

/**
 * Starts loading the dictionary (once); call it after the first paint.
 *
 * @example useEffect(() => startSpelling(), []);
 */
export function startSpelling(): void {
  check ??= typeof Worker === 'function' ? inWorker() : onIdle();
}

/**
 * The spelling findings for `text`, or null when a newer text was asked for before the answer came
 * (only the latest text is checked, so a slow first load never builds a queue).
 *
 * @example await spellCheck('I am very intrested', []) // [{ code: 'spelling', … }]
 */
export function spellCheck(text: string, known: string[]): Promise<LintFinding[] | null> {
  startSpelling();
  return check!(text, known);
}

/** The worker, asked one text at a time: a text asked while another is out waits, and a newer one replaces it. */
function inWorker(): Check {
  const worker = new Worker(new URL('./spelling-worker.ts', import.meta.url), { type: 'module' });
  type Asked = { request: SpellRequest; done: (findings: LintFinding[] | null) => void };
  let next = 0;
  let out: Asked | null = null;
  let queued: Asked | null = null;
  let fallback: Check | null = null;
  const send = (asked: Asked) => {
    out = asked;
    worker.postMessage(asked.request);
  };
  worker.addEventListener('message', ({ data }: MessageEvent<SpellReply>) => {
    if (out?.request.id === data.id) out.done(data.findings);
    out = null;
    if (queued) send(queued);
    queued = null;
  });
  // A worker that cannot start (a browser that refuses it) leaves the check to the page.
  worker.addEventListener('error', () => {
    fallback ??= onIdle();
    for (const asked of [out, queued]) {
      if (asked) fallback(asked.request.text, asked.request.known).then(asked.done, () => asked.done(null));
    }
    out = queued = null;
  });
  return (text, known) =>
    fallback
      ? fallback(text, known)
      : new Promise((done) => {
          const asked = { request: { id: ++next, text, known }, done };
          if (!out) return send(asked);
          queued?.done(null);
          queued = asked;
        });
}

/** On the page: the dictionary loads when the page is idle, then each check runs at once. */
function onIdle(): Check {
  const idle = new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 0),
  );
  const module = idle.then(() => import('../core/notes/misspelt'));
  return async (text, known) => (await module).findMisspellings(text, new Set(known));
}

/** Spelling findings for one text. */
export interface Spelt {
  text: string;
  findings: LintFinding[];
}

/**
 * The findings of an earlier text that still hold in `text` (the same word at the same place), shown
 * until the worker answers for `text`, so the list doesn't flicker as the person types.
 *
 * @example carryOver({ text: 'Hi, intrested', findings }, 'Hi, intrested!') // the "intrested" warning
 */
export function carryOver(spelt: Spelt | null, text: string): LintFinding[] {
  if (!spelt) return [];
  if (spelt.text === text) return spelt.findings;
  const letter = /[\p{L}\p{M}\p{N}'’-]/u;
  return spelt.findings.filter(({ span }) => {
    if (!span) return false;
    const same = spelt.text.slice(span.start, span.end) === text.slice(span.start, span.end);
    return same && !letter.test(text[span.end] ?? '') && !letter.test(text[span.start - 1] ?? '');
  });
}
