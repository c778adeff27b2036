/**
 * The popup's word on this month's scarce personalised notes: for the person on the page, their line of
 * the note plan; away from a profile, how many are left and who gets them. Worked out after the first
 * paint (the plan advises the whole log), so the popup's first render does not wait for it.
 */
import type { Interview, Settings } from '../core/model';
import { type NotePlan, notePlanLine } from '../core/planner/plan-notes';
import { notesLeftWords, useNotePlan } from '../ui/useNotePlan';

interface Props {
  interviews: Interview[];
  settings: Settings;
  now: Date;
  /** The person on the page; without it, the month's summary. */
  person?: { interviewId: string; interviewerId: string };
}

/** "2 personalised notes left this month: for Sam, then Ana." */
function summary(plan: NotePlan, interviews: Interview[]): string | null {
  if (plan.notesLeft === null || plan.plan.length === 0) return null;
  const names = plan.plan
    .filter((item) => item.withNote)
    .map((item) => {
      const interview = interviews.find((candidate) => candidate.id === item.interviewId);
      return interview?.interviewers.find((person) => person.id === item.interviewerId)?.name ?? '';
    })
    .filter(Boolean);
  const left = notesLeftWords(plan.notesLeft);
  return names.length > 0 ? `${left}: for ${names.join(', then ')}.` : `${left}.`;
}

export function NotesThisMonth(props: Props) {
  const plan = useNotePlan(props);
  if (!plan) return null;
  const { person } = props;
  const line = person
    ? notePlanLine(plan, person.interviewId, person.interviewerId)
    : summary(plan, props.interviews);
  if (!line) return null;
  return (
    <p class="note-plan user-text" data-note-plan="">
      {line}
    </p>
  );
}
