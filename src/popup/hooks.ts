/** The popup's live parts: the note checker loaded after the first render, LinkedIn's note box watched
 * while the popup is open, and the draft saved as the person types. */

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Interview, Settings } from '../core/model';
import type { LintFinding } from '../core/notes/types';
import type { TabStatus } from '../messages';
import { ask, askTab } from '../ui/client';

type LintNote = typeof import('../core/notes/lint').lintNote;
let lintModule: Promise<{ lintNote: LintNote }> | null = null;

/**
 * lintNote()'s findings for `text`; null until the checker has loaded. It is imported after the first
 * render because its dictionary is the heaviest thing the popup loads, and the verdict should not wait.
 */
export function useLint(
  text: string,
  context: { interview: Interview; interviewerId: string; settings: Settings } | null,
): LintFinding[] | null {
  const [lint, setLint] = useState<LintNote | null>(null);
  useEffect(() => {
    if (!context) return;
    lintModule ??= import('../core/notes/lint');
    lintModule.then(
      (module) => setLint(() => module.lintNote),
      (error: unknown) => console.warn('Connect Coach could not load the note checker:', error),
    );
  }, [context]);
  return useMemo(() => (lint && context ? lint(text, context) : null), [lint, text, context]);
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
