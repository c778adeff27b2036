/**
 * The log as the options page sees it: read once from the background, read again after each change we
 * make and whenever the page comes back into view (the popup or a LinkedIn page may have changed it).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask, type StateReply } from '../ui/client';

let early: ReturnType<typeof read> | null = null;
const read = () => ask({ type: 'state/get' });

/** Asks for the log before the page's first render, so the wait for the background overlaps it. */
export function startReadingLog(): void {
  early ??= read().finally(() => performance.mark('options-log-read'));
}

export type LogState = Omit<StateReply, 'ok'>;

export interface Log {
  state: LogState | null;
  /** Why the log could not be read, in words; null while all is well. */
  error: string | null;
  reload(): Promise<void>;
}

/** Loads the log and keeps it fresh. */
export function useLog(): Log {
  const [state, setState] = useState<LogState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const reply = await (early ?? read());
    early = null;
    if (reply.ok) {
      const { ok: _, ...rest } = reply;
      setState(rest);
      setError(null);
    } else {
      setError(reply.error);
    }
  }, []);
  useEffect(() => {
    void reload();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return { state, error, reload };
}
