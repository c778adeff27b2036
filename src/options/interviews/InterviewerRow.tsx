/** One interviewer in the interview form: name, title, role, LinkedIn profile, email and invitation state. */
import { INVITE_STATES } from '../../core/basics';
import type { InviteState } from '../../core/model';
import { Field } from '../../ui/Field';
import { FORM_LABEL, RoleSelect } from '../../ui/RoleSelect';
import type { InterviewerDraft } from '../draft';
import { normaliseProfileUrl } from '../profileUrl';
import type { FieldErrors } from '../validate';
import { INVITE_LABEL } from './labels';

interface Props {
  row: InterviewerDraft;
  index: number;
  errors: FieldErrors;
  onChange(row: InterviewerDraft): void;
  onRemove(): void;
}

/** How the form finds a row's field to focus it, e.g. `[data-field="p-0-name"]`. */
export const rowFieldSelector = (index: number, field: string): string =>
  `[data-field="p-${index}-${field}"]`;

export function InterviewerRow({ row, index, errors, onChange, onRemove }: Props) {
  const error = (field: string) => errors[`interviewers.${index}.${field}`];
  const text = (field: 'name' | 'title' | 'email') => (e: Event) =>
    onChange({ ...row, [field]: (e.currentTarget as HTMLInputElement).value });
  // Pasted addresses come with tracking parameters and country hosts: show the clean form at once
  // (on paste), or once typing is done (on blur).
  const tidyUrl = () => {
    const url = normaliseProfileUrl(row.profileUrl);
    if (url && url !== row.profileUrl) onChange({ ...row, profileUrl: url });
  };
  const label = `Interviewer ${index + 1}`;
  return (
    <fieldset class="interviewer">
      <legend>{label}</legend>
      <div class="grid">
        <Field label={FORM_LABEL.name} error={error('name')}>
          {(c) => (
            <input
              {...c}
              data-field={`p-${index}-name`}
              autoComplete="off"
              value={row.name}
              onInput={text('name')}
            />
          )}
        </Field>
        <Field label={FORM_LABEL.title} error={error('title')}>
          {(c) => (
            <input
              {...c}
              data-field={`p-${index}-title`}
              autoComplete="off"
              value={row.title}
              onInput={text('title')}
            />
          )}
        </Field>
        <Field label={FORM_LABEL.role}>
          {(c) => <RoleSelect control={c} value={row.role} onChange={(role) => onChange({ ...row, role })} />}
        </Field>
        <Field
          label="LinkedIn profile"
          hint="Optional: paste the address of their profile."
          error={error('profileUrl')}
        >
          {(c) => (
            <input
              {...c}
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder="linkedin.com/in/their-name"
              value={row.profileUrl}
              onInput={(e) => {
                const value = e.currentTarget.value;
                const pasted = (e as InputEvent).inputType === 'insertFromPaste';
                onChange({ ...row, profileUrl: pasted ? (normaliseProfileUrl(value) ?? value) : value });
              }}
              onBlur={tidyUrl}
            />
          )}
        </Field>
        <Field
          label="Email"
          hint="Optional: for the thank-you email, which opens in your mail app."
          error={error('email')}
        >
          {(c) => (
            <input
              {...c}
              type="email"
              data-field={`p-${index}-email`}
              autoComplete="off"
              spellcheck={false}
              value={row.email}
              onInput={text('email')}
            />
          )}
        </Field>
        <Field label="Connection request">
          {(c) => (
            <select
              {...c}
              value={row.inviteState}
              onChange={(e) => onChange({ ...row, inviteState: e.currentTarget.value as InviteState })}
            >
              {INVITE_STATES.map((state) => (
                <option key={state} value={state}>
                  {INVITE_LABEL[state]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="button" class="quiet remove" onClick={onRemove}>
        Remove<span class="visually-hidden"> {label}</span>
      </button>
    </fieldset>
  );
}
