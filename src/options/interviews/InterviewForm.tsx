/**
 * Adding or editing one interview with its interviewers. Nothing is saved until every field makes sense;
 * the messages sit next to the fields and focus goes to the first one to fix.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldIssue, StoredInterview } from '../../storage/types';
import { ask } from '../../ui/client';
import { fieldKey } from '../../ui/field-errors';
import { emptyInterviewer, type InterviewDraft } from '../form-state';
import { untouchedAsStored } from '../rebase';
import { useStatus } from '../status';
import { type FieldErrors, validateInterview } from '../validate';
import { InterviewerRow, rowFieldSelector } from './InterviewerRow';
import { Details, Essentials } from './InterviewFields';

interface Props {
  initial: InterviewDraft;
  /** The stored interview this form edits (with its revision), or null for a new one. */
  stored: StoredInterview | null;
  isNew: boolean;
  newId(): string;
  /** `before`: the interview as it was before this save; `saved`: as stored now. */
  onSaved(saved: StoredInterview, before: StoredInterview | null): void;
  onCancel(): void;
}

export function InterviewForm({ initial, stored, isNew, newId, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  // The revision this form's changes are based on; after a conflict, the one the person has now seen.
  const [base, setBase] = useState(stored);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const focusNext = useFocusAfterRender();
  const say = useStatus();

  const update = (next: InterviewDraft) => {
    setDraft(next);
    // Once the person has tried to save, messages follow their corrections as they type.
    if (checked) setErrors(errorsOf(validateInterview(next, { now: new Date() })));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setChecked(true);
    const result = validateInterview(draft, { now: new Date() });
    if (!result.ok) {
      setErrors(result.errors);
      focusNext('[aria-invalid="true"]');
      return say({ text: 'Some fields need a look before this can be saved.', tone: 'error' });
    }
    setSaving(true);
    const interview = base ? untouchedAsStored(result.interview, base, new Date()) : result.interview;
    const reply = await ask({ type: 'interview/put', interview, base });
    setSaving(false);
    if (!reply.ok) {
      if ('conflict' in reply) {
        // What the person typed stays in the form; saving again applies it over what they now see.
        setBase(reply.conflict.current);
        setErrors({ form: reply.error });
        focusNext('.interview-form .error');
      } else {
        setErrors(issuesToErrors(reply.issues ?? []));
        focusNext('[aria-invalid="true"]');
      }
      return say({ text: `Not saved: ${reply.error}`, tone: 'error' });
    }
    say(`Saved: ${interview.role} at ${interview.company}.`);
    onSaved(reply.interview, base);
  };

  const addRow = () => {
    update({ ...draft, interviewers: [...draft.interviewers, emptyInterviewer(newId())] });
    focusNext(rowFieldSelector(draft.interviewers.length, 'name'));
  };
  const removeRow = (index: number) => {
    update({ ...draft, interviewers: draft.interviewers.filter((_, i) => i !== index) });
    focusNext('#iv-add-interviewer');
  };

  return (
    <form class="card interview-form" noValidate onSubmit={submit} aria-labelledby="iv-form-title">
      <h2 id="iv-form-title">{isNew ? 'Add an interview' : 'Edit the interview'}</h2>
      <Essentials draft={draft} errors={errors} onChange={(patch) => update({ ...draft, ...patch })} />
      <fieldset class="interviewers">
        <legend>Who interviewed you</legend>
        {draft.interviewers.map((row, index) => (
          <InterviewerRow
            key={row.id}
            row={row}
            index={index}
            errors={errors}
            onChange={(changed) =>
              update({
                ...draft,
                interviewers: draft.interviewers.map((r, i) => (i === index ? changed : r)),
              })
            }
            onRemove={() => removeRow(index)}
          />
        ))}
        <button type="button" id="iv-add-interviewer" onClick={addRow}>
          Add an interviewer
        </button>
      </fieldset>
      <fieldset>
        <legend>Details that sharpen the advice</legend>
        <Details draft={draft} errors={errors} onChange={(patch) => update({ ...draft, ...patch })} />
      </fieldset>
      {errors.form && (
        <p class="error user-text" role="alert" tabIndex={-1}>
          {errors.form}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {isNew ? 'Save interview' : 'Save changes'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const errorsOf = (result: ReturnType<typeof validateInterview>): FieldErrors =>
  result.ok ? {} : result.errors;

/** The background's refusal, placed next to the fields it names. */
function issuesToErrors(issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[fieldKey(issue.path)] ??= issue.message;
  return errors;
}

/** Focuses the first element matching a selector once the next render is on screen. */
function useFocusAfterRender() {
  const pending = useRef<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!pending.current) return;
    document.querySelector<HTMLElement>(pending.current)?.focus();
    pending.current = null;
  }, [tick]);
  return (selector: string) => {
    pending.current = selector;
    setTick((n) => n + 1);
  };
}
