/**
 * The note editor: a labelled textarea, a counter that counts as LinkedIn's note box does (UTF-16 code
 * units, i.e. `String.length`), the checker's findings (errors first, announced politely as they
 * change), and the choice of tone and wording. It holds no state of its own: the page owns the text and
 * the findings, so the popup and the options page can save and lint it their own way.
 */

import { useId } from 'preact/hooks';
import type { LintFinding } from '../core/notes/types';
import type { Tone } from '../core/rules/types';
import { ToneControls } from './ToneControls';

export interface NoteEditorProps {
  value: string;
  onInput: (text: string) => void;
  /** The account's note limit (noteLimit(settings)): 200 free, 300 Premium. */
  limit: number;
  /** lintNote()'s findings for `value`; `null` while the checker is still loading. */
  findings: LintFinding[] | null;
  /** The tone in use; with `onTone`, a select to change it. */
  tone?: Tone;
  onTone?: (tone: Tone) => void;
  /** With it, an "Another wording" button (the page cycles through the tone's variants). */
  onAnotherWording?: () => void;
  /** The textarea's label. */
  label?: string;
}

/**
 * @example
 * <NoteEditor value={text} onInput={setText} limit={noteLimit(settings)} findings={lintNote(text, ctx)}
 *   tone={tone} onTone={setTone} onAnotherWording={() => setVariant((v) => v + 1)} />
 */
export function NoteEditor(props: NoteEditorProps) {
  const { value, onInput, limit, findings, tone, onTone, onAnotherWording, label = 'Your note' } = props;
  const id = useId();
  const over = value.length - limit;
  const shown = groupFindings(findings ?? [], value);
  const invalid = over > 0 || shown.some((finding) => finding.severity === 'error');
  return (
    <div class="note-editor">
      {(onTone || onAnotherWording) && (
        <ToneControls tone={tone} onTone={onTone} onAnotherWording={onAnotherWording} />
      )}
      <label for={id} class="note-label">
        {label}
      </label>
      <textarea
        id={id}
        class="note-text user-text"
        rows={6}
        value={value}
        spellcheck
        aria-describedby={`${id}-count ${id}-findings`}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p id={`${id}-count`} class={over > 0 ? 'note-count note-over' : 'note-count'}>
        {value.length} / {limit} characters
      </p>
      <div id={`${id}-findings`} class="note-findings" aria-live="polite">
        {over > 0 && (
          <p class="finding finding-error">
            <strong>Fix:</strong> {over} {over === 1 ? 'character' : 'characters'} over LinkedIn’s limit of{' '}
            {limit}.
          </p>
        )}
        {shown.length > 0 && (
          <ul class="finding-list" aria-label="Checks on your note">
            {shown.map((finding, index) => (
              <li key={`${index}-${finding.code}`} class={`finding finding-${finding.severity}`}>
                <strong>{finding.severity === 'error' ? 'Fix:' : 'Consider:'}</strong>{' '}
                <span class="user-text">{finding.message}</span>
                {finding.words.length > 0 && (
                  <span class="finding-words user-text">
                    {' '}
                    ({finding.words.map((words) => `“${words}”`).join(', ')})
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The counter already says when a note is too long, so the checker's own "too long" is not repeated. */
const SAID_BY_COUNTER = new Set(['too-long']);

/** A finding as shown: once per code and message, with the words of the note it is about. */
export interface ShownFinding extends LintFinding {
  words: string[];
}

/**
 * Errors before warnings, each group in the checker's order; the same finding found in several places
 * (say, three misspelt words) is one line that quotes each place.
 *
 * @example groupFindings([{ code: 'spelling', message: 'Check the spelling', span: { start: 0, end: 3 } }, …], 'Thnx …')
 * // → [{ code: 'spelling', message: 'Check the spelling', words: ['Thnx', …] }]
 */
export function groupFindings(findings: LintFinding[], text: string): ShownFinding[] {
  const byKey = new Map<string, ShownFinding>();
  for (const finding of findings) {
    if (SAID_BY_COUNTER.has(finding.code)) continue;
    const key = `${finding.code}\u0000${finding.message}`;
    const shown = byKey.get(key) ?? { ...finding, words: [] };
    const words = finding.span ? text.slice(finding.span.start, finding.span.end).trim() : '';
    // A message that already quotes its words (spelling) needs no second quote.
    if (words && !finding.message.includes(words) && !shown.words.includes(words)) shown.words.push(words);
    byKey.set(key, shown);
  }
  const kept = [...byKey.values()];
  return [
    ...kept.filter((finding) => finding.severity === 'error'),
    ...kept.filter((finding) => finding.severity === 'warning'),
  ];
}

/** Whether a note may go into LinkedIn's box: within the limit, not empty, no error from the checker. */
export function noteBlocked(text: string, limit: number, findings: LintFinding[] | null): boolean {
  if (text.trim() === '' || text.length > limit) return true;
  return (findings ?? []).some((finding) => finding.severity === 'error');
}
