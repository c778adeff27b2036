/**
 * What the person can do with a finished note: put it into LinkedIn's open note box (our own button;
 * LinkedIn's Send stays theirs to press), copy it, and record that they sent it.
 */

import { useState } from 'preact/hooks';
import type { InsertReply, TabStatus } from '../messages';
import { askTab } from '../ui/client';
import { copyText } from '../ui/clipboard';

export interface NoteActionsProps {
  text: string;
  /** Whom the note is for: named when the open invitation is someone else's. */
  name: string;
  /** True while the note is empty, too long or has an error: it may not go into LinkedIn's box. */
  blocked: boolean;
  tabId: number | null;
  noteBox: TabStatus['noteBox'];
  /** With it, a "Mark as sent" button; answers a sentence when recording failed. */
  onMarkSent?: () => Promise<string | null>;
}

const COPIED_FOR_MS = 4000;

export function NoteActions({ text, name, blocked, tabId, noteBox, onMarkSent }: NoteActionsProps) {
  // What was said is about the text it was said of (inserted, copied): stale once the note changes.
  // Derived, not cleared by an effect, which could run after a quick answer and wipe it.
  const [status, setStatus] = useState<{ line: string; about: string } | null>(null);
  const said = status?.about === text ? status.line : '';
  const setSaid = (line: string) => setStatus({ line, about: text });
  const canInsert = tabId !== null && noteBox !== null && !blocked;

  const insert = async () => {
    if (tabId === null) return;
    setSaid(insertOutcome(await askTab(tabId, { type: 'tab/insert-note', text }), name));
  };
  const copy = async () => {
    const copied = await copyText(text);
    setSaid(copied ? 'Copied' : 'Copying didn’t work here: select the note and copy it.');
    // "Copied" is news for a moment only; a failure stays until the next action.
    if (copied) setTimeout(() => setStatus((now) => (now?.line === 'Copied' ? null : now)), COPIED_FOR_MS);
  };
  const markSent = async () => {
    const failure = await onMarkSent?.();
    if (failure) setSaid(failure);
  };

  return (
    <div class="note-actions">
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={!canInsert}
          aria-describedby={canInsert ? undefined : 'insert-why'}
          onClick={insert}
        >
          Insert into LinkedIn
        </button>
        <button type="button" onClick={copy}>
          Copy
        </button>
        {onMarkSent && (
          <button type="button" onClick={markSent}>
            Mark as sent
          </button>
        )}
      </div>
      {!canInsert && (
        <p id="insert-why" class="quiet">
          {insertHint(tabId, noteBox, blocked)}
        </p>
      )}
      <p class="action-status" role="status">
        {said}
      </p>
    </div>
  );
}

/**
 * What the person reads after Insert: done, or why nothing went in and what to do. The page fills only an
 * invitation opened for this person (src/content/helper.ts `insert`).
 *
 * @example insertOutcome({ ok: false, why: 'other' }, 'Priya') // 'The invitation open on LinkedIn is for someone else…'
 */
export function insertOutcome(reply: InsertReply | null, name: string): string {
  if (reply?.ok)
    return 'Your note is in LinkedIn’s box. Read it over there, then press Send when you are ready.';
  switch (reply?.why) {
    case 'closed':
      return `Nothing inserted: no invitation is open on LinkedIn. Press Connect on ${name}’s profile, then “Add a note”.`;
    case 'other':
      return `Nothing inserted: the invitation open on LinkedIn is for someone else, not ${name}. Close it, then press Connect in ${name}’s own profile card.`;
    case 'unsure':
      return `Nothing inserted: Connect Coach can’t tell whose invitation is open. Copy the note and paste it in if it is ${name}’s.`;
    case 'step':
      return 'Nothing inserted yet: press “Add a note” in LinkedIn’s invitation, then Insert again.';
    default:
      return 'LinkedIn’s note box didn’t take the note. Copy it and paste it in instead.';
  }
}

function insertHint(tabId: number | null, noteBox: TabStatus['noteBox'], blocked: boolean): string {
  if (tabId === null || noteBox === null) {
    return 'To insert it, press Connect on their profile, then “Add a note”.';
  }
  return blocked ? 'Fix what is marked above to insert it.' : '';
}
