/**
 * The background did not answer, but the page's script still holds what it said about this person: show
 * that, and keep the draft at hand to copy or insert. Nothing is saved from here.
 */

import { useState } from 'preact/hooks';
import { verdictStyle } from '../core/verdicts';
import type { PageAnswer } from '../messages';
import { NoteEditor, noteBlocked } from '../ui/NoteEditor';
import { VerdictBadge } from '../ui/VerdictBadge';
import { NoteActions } from './NoteActions';

export function Remembered({ answer, tabId }: { answer: PageAnswer; tabId: number | null }) {
  const [text, setText] = useState(answer.draft);
  return (
    <article aria-labelledby="person-name">
      <h1 id="person-name" class="user-text">
        {answer.name}
      </h1>
      <p class="person-sub user-text">{answer.company}</p>
      <section aria-labelledby="verdict-title">
        <h2 id="verdict-title">What to do</h2>
        <div class="verdict" data-verdict={answer.verdict} style={verdictStyle(answer.verdict)}>
          <p class="verdict-head">
            <VerdictBadge verdict={answer.verdict} />
          </p>
          <p class="verdict-line user-text">{answer.summary}</p>
        </div>
      </section>
      <section aria-labelledby="note-title" class="note-section">
        <h2 id="note-title">Your note</h2>
        <NoteEditor
          value={text}
          onInput={setText}
          limit={answer.limit}
          findings={null}
          label={`Note to ${answer.name}`}
        />
        <NoteActions
          text={text}
          name={answer.name}
          blocked={noteBlocked(text, answer.limit, null)}
          tabId={tabId}
          noteBox={null}
        />
      </section>
    </article>
  );
}
