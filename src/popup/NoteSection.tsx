/**
 * The note for a logged interviewer: the person's saved draft or a fresh one, checked as they type,
 * saved as they go, and ready to insert, copy or mark as sent (the tone and wording behind a disclosure).
 */

import { useMemo, useState } from 'preact/hooks';
import { noteLimit } from '../core/basics';
import type { Interview, Interviewer, Settings } from '../core/model';
import { draftNote, NOTE_VARIANTS } from '../core/notes/draft';
import type { Tone } from '../core/rules/types';
import type { TabStatus } from '../messages';
import { type Change, sentChange } from '../ui/follow-up-writes';
import { NoteEditor, noteBlocked } from '../ui/NoteEditor';
import { TONE_LABEL, TONES } from '../ui/words';
import { useDraftSaver, useLint, useNoteBox } from './hooks';
import { NoteActions } from './NoteActions';

export interface NoteSectionProps {
  interview: Interview;
  person: Interviewer;
  settings: Settings;
  /** The tone advise() chose for now. */
  tone: Tone;
  tabId: number | null;
  noteBox: TabStatus['noteBox'];
  now: Date;
  /** Runs a change that alters the verdict (marking as sent); the view confirms it with Undo. */
  onChange?: (change: Change) => Promise<void>;
  /** Heading of the section: "Your note" unless the state says otherwise. */
  title?: string;
}

export function NoteSection(props: NoteSectionProps) {
  const { interview, person, settings, tabId, now, onChange, title = 'Your note' } = props;
  const place = Math.max(
    0,
    interview.interviewers.findIndex((p) => p.id === person.id),
  );
  const [tone, setTone] = useState(props.tone);
  const [variant, setVariant] = useState(place);
  const draftFor = (t: Tone, v: number) =>
    draftNote({ interview, interviewerId: person.id, settings, tone: t, variant: v, now });
  const [text, setText] = useState(() => person.draft || draftFor(tone, variant));

  const context = useMemo(
    () => ({ interview, interviewerId: person.id, settings }),
    [interview, person.id, settings],
  );
  const findings = useLint(text, context);
  const noteBox = useNoteBox(tabId, props.noteBox);
  const saver = useDraftSaver(interview.id, person.id);
  const limit = noteLimit(settings);

  const edit = (next: string) => {
    setText(next);
    saver.save(next);
  };
  const reword = (nextTone: Tone, nextVariant: number) => {
    setTone(nextTone);
    setVariant(nextVariant);
    edit(draftFor(nextTone, nextVariant));
  };
  const markSent = async () => {
    await saver.flush();
    await onChange?.(sentChange(interview, person, new Date(), text));
    return null;
  };
  const sendable = onChange && (person.invite.state === 'none' || person.invite.state === 'withdrawn');

  return (
    <section aria-labelledby="note-title" class="note-section">
      <h2 id="note-title">{title}</h2>
      <NoteEditor
        value={text}
        onInput={edit}
        limit={limit}
        findings={findings}
        label={`Note to ${person.name}`}
      />
      <SaveLine state={saver.state} />
      <NoteActions
        text={text}
        name={person.name}
        blocked={noteBlocked(text, limit, findings)}
        tabId={tabId}
        noteBox={noteBox}
        {...(sendable ? { onMarkSent: markSent } : {})}
      />
      <details class="more">
        <summary>Change the tone or wording</summary>
        <ToneControls
          tone={tone}
          onTone={(next) => reword(next, variant)}
          onAnotherWording={() => reword(tone, (variant + 1) % NOTE_VARIANTS[tone])}
        />
      </details>
    </section>
  );
}

/** The tone and "Another wording", kept behind a disclosure: the note itself comes first. */
function ToneControls(props: { tone: Tone; onTone(tone: Tone): void; onAnotherWording(): void }) {
  return (
    <div class="note-controls">
      <label class="note-tone">
        Tone{' '}
        <select value={props.tone} onChange={(event) => props.onTone(event.currentTarget.value as Tone)}>
          {TONES.map((option) => (
            <option key={option} value={option}>
              {TONE_LABEL[option]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onAnotherWording}>
        Another wording
      </button>
    </div>
  );
}

function SaveLine({ state }: { state: ReturnType<typeof useDraftSaver>['state'] }) {
  if (typeof state === 'object')
    return <p class="save-line save-error">Your edits couldn’t be saved: {state.error}</p>;
  return (
    <p class="save-line quiet">{state === 'saved' ? 'Draft saved' : state === 'saving' ? 'Saving…' : ''}</p>
  );
}
