/** "Add to calendar" for one interviewer's follow-up: a calendar file with that one event and a reminder. */
import type { Interview, Interviewer } from '../../core/model';
import { downloadCalendar } from '../exports/exports';
import { useStatus } from '../status';
import type { LogState } from '../useLog';

interface Props {
  state: LogState;
  now: Date;
  interview: Interview;
  person: Interviewer;
}

export function CalendarButton({ state, now, interview, person }: Props) {
  const say = useStatus();
  const add = async () => {
    try {
      const only = { interviewId: interview.id, interviewerId: person.id };
      const { name } = await downloadCalendar({
        interviews: state.interviews,
        settings: state.settings,
        now,
        only,
      });
      say(`Saved ${person.name}'s follow-up to ${name}. Open it with your calendar app.`);
    } catch (error) {
      say({
        text: `No calendar file was made: ${error instanceof Error ? error.message : String(error)}`,
        tone: 'error',
      });
    }
  };
  return (
    <button type="button" class="quiet" onClick={() => void add()}>
      Add to calendar<span class="visually-hidden"> (the follow-up with {person.name})</span>
    </button>
  );
}
