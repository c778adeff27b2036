/** A profile not in the log: add this person to an interview, new or existing, prefilled from the page. */

import { useState } from 'preact/hooks';
import { profileUrlOf } from '../core/profile-address';
import type { ProfileReading } from '../linkedin/reading';
import type { StateReply } from '../replies';
import { ask } from '../ui/client';
import { Field } from '../ui/Field';
import { formatStored } from '../ui/format';
import { FORM_LABEL, RoleSelect } from '../ui/RoleSelect';
import {
  type AddForm,
  buildInterview,
  errorsFromIssues,
  type FormErrors,
  initialForm,
  NEW,
} from './add-form';

export interface StrangerProps {
  reading: ProfileReading;
  state: StateReply;
  /** Reloads the log once saved: the page then shows this person as logged. */
  refresh: () => Promise<void>;
}

export function Stranger({ reading, state, refresh }: StrangerProps) {
  const [form, setForm] = useState<AddForm>(() => initialForm(reading, state.interviews));
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (key: keyof AddForm) => (event: Event) =>
    setForm({ ...form, [key]: (event.currentTarget as HTMLInputElement).value });
  const latestFirst = [...state.interviews].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  const submit = async (event: Event) => {
    event.preventDefault();
    const built = buildInterview(form, reading, state.interviews, () => crypto.randomUUID());
    if ('errors' in built) return setErrors(built.errors);
    setSaving(true);
    // Added to an existing interview: based on its revision, so the writer merges this new person with
    // anything recorded meanwhile (an invitation sent, a touch) instead of saving over it.
    const base = state.interviews.find((interview) => interview.id === form.target) ?? null;
    const reply = await ask({ type: 'interview/put', interview: built.interview, base });
    setSaving(false);
    if (!reply.ok) return setErrors(errorsFromIssues(reply.error, reply.issues));
    setErrors({});
    await refresh();
  };

  return (
    <section aria-labelledby="add-title">
      <h1 id="add-title">Add to an interview</h1>
      <p class="quiet user-text">
        {reading.name ?? 'This person'} isn’t in your log yet. Add them to follow up at the right moment.
      </p>
      <form onSubmit={submit} noValidate>
        {errors.form && (
          <p class="field-error user-text" role="alert">
            {errors.form}
          </p>
        )}
        <Field label={FORM_LABEL.name} error={errors.name}>
          {(c) => (
            <input {...c} class="user-text" value={form.name} onInput={set('name')} autoComplete="off" />
          )}
        </Field>
        <Field label={FORM_LABEL.title} error={errors.title}>
          {(c) => (
            <input {...c} class="user-text" value={form.title} onInput={set('title')} autoComplete="off" />
          )}
        </Field>
        <Field label={FORM_LABEL.role}>
          {(c) => (
            <RoleSelect control={c} value={form.role} onChange={(role) => setForm({ ...form, role })} />
          )}
        </Field>
        <p class="quiet profile-line">
          Profile: <span class="user-text">{profileUrlOf(reading.slug)}</span>
        </p>
        <Field label="Interview" error={errors.target}>
          {(c) => (
            <select {...c} value={form.target} onChange={set('target')}>
              <option value={NEW}>A new interview</option>
              {latestFirst.map((interview) => (
                <option key={interview.id} value={interview.id}>
                  {interview.company} · {interview.role} · {formatStored(interview.at)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.target === NEW && (
          <fieldset class="new-interview">
            <legend>The new interview</legend>
            <Field label={FORM_LABEL.company} error={errors.company}>
              {(c) => <input {...c} class="user-text" value={form.company} onInput={set('company')} />}
            </Field>
            <Field label={FORM_LABEL.jobRole} error={errors.jobRole}>
              {(c) => <input {...c} class="user-text" value={form.jobRole} onInput={set('jobRole')} />}
            </Field>
            <Field label={FORM_LABEL.at} hint="Your local time." error={errors.at}>
              {(c) => <input {...c} type="datetime-local" value={form.at} onInput={set('at')} />}
            </Field>
          </fieldset>
        )}
        <button type="submit" class="primary" disabled={saving || state.readOnly === true}>
          {saving ? 'Adding…' : 'Add to the interview'}
        </button>
      </form>
    </section>
  );
}
