/**
 * This month's note plan for a page, worked out after the first paint: the plan advises every
 * interviewer in the log (about 10 ms for 1,000 interviews), and a page's first render should not wait
 * for it. The popup and the Follow-ups page both show it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Interview, Settings } from '../core/model';
import { type NotePlan, planNotes } from '../core/planner/plan-notes';

/**
 * The plan for `interviews` at `now`: null until the first paint is done, then the plan (again after
 * each change of the log, the settings or the time).
 *
 * @example const plan = useNotePlan({ interviews, settings, now }); // null, then { notesLeft, plan }
 */
export function useNotePlan({
  interviews,
  settings,
  now,
}: {
  interviews: Interview[];
  settings: Settings;
  now: Date;
}): NotePlan | null {
  const [plan, setPlan] = useState<NotePlan | null>(null);
  useEffect(() => {
    const later = setTimeout(() => setPlan(planNotes({ interviews, settings, now })), 0);
    return () => clearTimeout(later);
  }, [interviews, settings, now]);
  return plan;
}

/**
 * How many personalised notes are left this month, as both pages say it.
 *
 * @example notesLeftWords(1) // → '1 personalised note left this month'
 */
export const notesLeftWords = (left: number): string =>
  `${left} personalised note${left === 1 ? '' : 's'} left this month`;
