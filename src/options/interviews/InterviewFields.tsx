/** The interview's own fields: the essentials first, then the details that sharpen the advice. */
import type { JSX } from 'preact';
import { CULTURES, OUTCOMES, POLICIES } from '../../core/log-values';
import { Field } from '../../ui/Field';
import { FORM_LABEL } from '../../ui/RoleSelect';
import { type InterviewDraft, toDateInput } from '../form-state';
import type { FieldErrors } from '../validate';
import { CULTURE_LABEL, OUTCOME_LABEL, POLICY_LABEL } from './labels';

interface Props {
  draft: InterviewDraft;
  errors: FieldErrors;
  onChange(patch: Partial<InterviewDraft>): void;
}

type Input = JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;
const read = (e: Input) => e.currentTarget.value;

export function Essentials({ draft, errors, onChange }: Props) {
  return (
    <div class="grid">
      <Field label={FORM_LABEL.company} error={errors.company}>
        {(c) => (
          <input
            {...c}
            data-field="company"
            autoComplete="organization"
            value={draft.company}
            onInput={(e) => onChange({ company: read(e) })}
          />
        )}
      </Field>
      <Field label={FORM_LABEL.jobRole} error={errors.role}>
        {(c) => (
          <input {...c} autoComplete="off" value={draft.role} onInput={(e) => onChange({ role: read(e) })} />
        )}
      </Field>
      <Field label={FORM_LABEL.at} error={errors.at}>
        {(c) => (
          <input {...c} type="datetime-local" value={draft.at} onInput={(e) => onChange({ at: read(e) })} />
        )}
      </Field>
    </div>
  );
}

export function Details({ draft, errors, onChange }: Props) {
  const setOutcome = (outcome: InterviewDraft['outcome']) =>
    // Knowing the outcome usually means it came today; still waiting has no date.
    onChange({
      outcome,
      outcomeAt: outcome === 'pending' ? '' : draft.outcomeAt || toDateInput(new Date()),
    });
  return (
    <div class="grid">
      <Field label="Company culture" hint="How formal the people you met were.">
        {(c) => (
          <select
            {...c}
            value={draft.culture}
            onChange={(e) => onChange({ culture: read(e) as InterviewDraft['culture'] })}
          >
            {CULTURES.map((v) => (
              <option key={v} value={v}>
                {CULTURE_LABEL[v]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Connecting with interviewers" hint="Some companies ask candidates not to.">
        {(c) => (
          <select
            {...c}
            value={draft.connectionPolicy}
            onChange={(e) => onChange({ connectionPolicy: read(e) as InterviewDraft['connectionPolicy'] })}
          >
            {POLICIES.map((v) => (
              <option key={v} value={v}>
                {POLICY_LABEL[v]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="They said they'd reply by" error={errors.expectedReplyBy}>
        {(c) => (
          <input
            {...c}
            type="date"
            value={draft.expectedReplyBy}
            onInput={(e) => onChange({ expectedReplyBy: read(e) })}
          />
        )}
      </Field>
      <Field label="Outcome">
        {(c) => (
          <select
            {...c}
            value={draft.outcome}
            onChange={(e) => setOutcome(read(e) as InterviewDraft['outcome'])}
          >
            {OUTCOMES.map((v) => (
              <option key={v} value={v}>
                {OUTCOME_LABEL[v]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Outcome date" error={errors.outcomeAt}>
        {(c) => (
          <input
            {...c}
            type="date"
            value={draft.outcomeAt}
            onInput={(e) => onChange({ outcomeAt: read(e) })}
          />
        )}
      </Field>
      <div class="wide">
        <Field
          label="What you talked about"
          hint="One topic per line, or separated by commas. The note draws on these."
          error={errors.topics}
        >
          {(c) => (
            <textarea {...c} rows={3} value={draft.topics} onInput={(e) => onChange({ topics: read(e) })} />
          )}
        </Field>
      </div>
      <div class="wide">
        <Field label="Your notes" hint="Only for you." error={errors.notes}>
          {(c) => (
            <textarea {...c} rows={3} value={draft.notes} onInput={(e) => onChange({ notes: read(e) })} />
          )}
        </Field>
      </div>
    </div>
  );
}
