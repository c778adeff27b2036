/**
 * The log as the options page sees it: read once from the background, read again after each change we
 * make and whenever the page comes back into view (the popup or a LinkedIn page may have changed it).
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { StateReply } from '../replies';
import { takeLog } from './readLog';

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
    const reply = await takeLog();
    if (reply.ok) {
      const { ok: _, ...rest } = reply;
      setState(rest);
      setError(null);
    } else {
      setError(reply.error);
    }
  }, []);
  // The first read at once (a layout effect): an effect would wait a frame though the answer may be in.
  useLayoutEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return { state, error, reload };
}
