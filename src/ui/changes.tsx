/**
 * Running a change (Done, Snooze, Skip, I heard back, Log as sent…) and saying so: a confirmation line
 * with Undo, which stays put when the row it came from moves or goes. Focus goes to the confirmation, so a
 * keyboard user is never dropped at the top of the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Message } from '../messages';
import { isFailure } from '../replies';
import { ask } from './client';
import type { Change } from './follow-up-writes';

/** Sends the messages one by one; the first refusal's sentence, or null when all were written. */
async function send(messages: readonly Message[]): Promise<string | null> {
  for (const message of messages) {
    const reply = await ask(message);
    if (isFailure(reply)) return reply.error;
  }
  return null;
}

export interface Changes {
  run(change: Change): Promise<void>;
  /** The last change, while it can still be undone; null once dismissed or undone. */
  last: { said: string; undo: Message[] } | null;
  error: string;
  undo(): Promise<void>;
}

/**
 * @example const changes = useChanges(reload); <FollowUpActions onChange={changes.run} … /><ChangeLine changes={changes} />
 */
export function useChanges(reload: () => unknown): Changes {
  const [last, setLast] = useState<Changes['last']>(null);
  const [error, setError] = useState('');
  // The line speaks once the view shows the change (the row gone, the verdict new), never before it:
  // read while the old row is still there, "Snoozed" would be untrue for a moment.
  const run = async (change: Change) => {
    const failed = await send(change.apply);
    try {
      await reload();
    } finally {
      setError(failed ? `That wasn’t saved: ${failed}` : '');
      setLast(failed ? null : { said: change.said, undo: change.undo });
    }
  };
  const undo = async () => {
    if (!last) return;
    const failed = await send(last.undo);
    try {
      await reload();
    } finally {
      setError(failed ? `Undo didn’t work: ${failed}` : '');
      setLast(null);
    }
  };
  return { run, last, error, undo };
}

/** The confirmation and its Undo, or the failure; takes focus when a new one appears. */
export function ChangeLine({ changes, focus = true }: { changes: Changes; focus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const said = changes.last?.said ?? changes.error;
  useEffect(() => {
    if (said && focus) ref.current?.focus();
  }, [said, focus]);
  return (
    <p
      class={changes.error ? 'change-line change-error' : 'change-line'}
      role="status"
      tabIndex={-1}
      ref={ref}
    >
      {said}
      {changes.last && (
        <>
          {' '}
          <button type="button" class="link" onClick={changes.undo}>
            Undo
          </button>
        </>
      )}
    </p>
  );
}
