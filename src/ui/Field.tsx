/**
 * A labelled form control with an optional hint and error message, wired for screen readers: the
 * control gets the label, `aria-describedby` pointing at the hint and error, and `aria-invalid` while
 * there is an error.
 */
import type { ComponentChild } from 'preact';
import { useId } from 'preact/hooks';

/** What Field hands to its control: spread it onto the `<input>`, `<select>` or `<textarea>`. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

export interface FieldProps {
  /** The visible label, e.g. "Company". */
  label: string;
  /** A sentence saying what is wrong with the value; nothing when it is fine. */
  error?: string | null;
  /** A short help line under the label. */
  hint?: string;
  /** Renders the control with the props that tie it to its label and messages. */
  children: (control: ControlProps) => ComponentChild;
}

/**
 * @example
 * <Field label="Company" error={errors.company}>
 *   {(control) => <input {...control} value={company} onInput={(e) => setCompany(e.currentTarget.value)} />}
 * </Field>
 */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': 'true' } : {}) })}
      {error && (
        <p id={errorId} class="field-error user-text">
          {error}
        </p>
      )}
    </div>
  );
}
