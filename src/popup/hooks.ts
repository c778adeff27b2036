/** The popup's live parts: the note checker loaded after the first render (spelling in a worker), LinkedIn's note box watched
 * while the popup is open, and the draft saved as the person types. */

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Interview, Settings } from '../core/model';
import type { LintFinding } from '../core/notes/types';
import type { TabStatus } from '../replies';
import { ask, askTab } from '../ui/client';
import { carryOver, type Spelt, spellCheck } from '../ui/spelling-client';

type Checks = typeof import('../core/notes/check');
let checksModule: Promise<Checks> | null = null;

/**
 * The note checker's findings for `text`; null until its code has loaded. The checks load after the
 * first render (the verdict should not wait for them) and run at once on each change; spelling, whose
 * dictionary is the heaviest thing the popup uses, loads in a worker after the first paint and its
 * findings join when they come, so typing never waits for it.
 */
export function useLint(
  text: string,
  context: { interview: Interview; interviewerId: string; settings: Settings } | null,
): LintFinding[] | null {
  const [checks, setChecks] = useState<Checks | null>(null);
  const [spelt, setSpelt] = useState<Spelt | null>(null);
  useEffect(() => {
    if (!context) return;
    checksModule ??= import('../core/notes/check');
    checksModule.then(
      (module) => setChecks(module),
      (error: unknown) => console.warn('Connect Coach could not load the note checker:', error),
    );
  }, [context]);
  const known = useMemo(() => (checks && context ? checks.knownWords(context) : null), [checks, context]);
  useEffect(() => {
    if (!known) return;
    let current = true;
    spellCheck(text, known).then(
      (findings) => current && findings && setSpelt({ text, findings }),
      (error: unknown) => console.warn('Connect Coach could not check the spelling:', error),
    );
    return () => {
      current = false;
    };
  }, [text, known]);
  return useMemo(
    () =>
      checks && context
        ? checks.errorsFirst([...checks.checkNote(text, context), ...carryOver(spelt, text)])
        : null,
    [checks, context, text, spelt],
  );
}

const POLL_MS = 1000;

/** LinkedIn's note box in the tab, asked again every second: it opens and closes as the person clicks. */
export function useNoteBox(tabId: number | null, initial: TabStatus['noteBox']): TabStatus['noteBox'] {
  const [box, setBox] = useState(initial);
  useEffect(() => {
    if (tabId === null) return;
    let busy = false;
    const timer = setInterval(async () => {
      if (busy) return;
      busy = true;
      const status = await askTab(tabId, { type: 'tab/status' });
      busy = false;
      setBox(status?.noteBox ?? null);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [tabId]);
  return box;
}

const SAVE_AFTER_MS = 500;

export type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

/**
 * Saves the person's edits as `interviewer.draft`, half a second after they stop typing, and at once if
 * the popup closes first.
 */
export function useDraftSaver(interviewId: string, interviewerId: string) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useMemo(
    () => async () => {
      clearTimeout(timer.current);
      const draft = pending.current;
      if (draft === null) return;
      pending.current = null;
      setState('saving');
      const reply = await ask({ type: 'interviewer/patch', interviewId, interviewerId, patch: { draft } });
      setState(reply.ok ? 'saved' : { error: reply.error });
    },
    [interviewId, interviewerId],
  );

  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [flush]);

  const save = (draft: string) => {
    pending.current = draft;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
  };
  return { save, state, flush };
}
