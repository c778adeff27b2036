/**
 * The labels both interview forms use (the options page's and the popup's "Add to an interview"), and
 * the one select for an interviewer's role in the interview: the same question reads the same way.
 */
import { ROLES } from '../core/basics';
import type { InterviewerRole } from '../core/model';
import type { ControlProps } from './Field';
import { ROLE_LABEL } from './words';

export const FORM_LABEL = {
  name: 'Name',
  title: 'Their job title',
  role: 'Role in the interview',
  company: 'Company',
  jobRole: 'Job title you interviewed for',
  at: 'Date and time of the interview',
} as const;

interface RoleSelectProps {
  /** What `<Field>` hands its child: id, aria attributes. */
  control: ControlProps;
  value: InterviewerRole;
  onChange(role: InterviewerRole): void;
}

/** @example <Field label={FORM_LABEL.role}>{(c) => <RoleSelect control={c} value={role} onChange={setRole} />}</Field> */
export function RoleSelect({ control, value, onChange }: RoleSelectProps) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.currentTarget.value as InterviewerRole)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABEL[role]}
        </option>
      ))}
    </select>
  );
}
