/**
 * After the first saved interview: what happens next, person by person (when each window opens), and
 * that a reminder will come then, so a new user knows they can close the page.
 */

import type { Interview, Settings } from '../../core/model';
import { advise } from '../../core/rules/advise';
import { dayAndTime } from '../../core/rules/summary';
import { VerdictBadge } from '../../ui/VerdictBadge';

interface Props {
  interview: Interview;
  settings: Settings;
  now: Date;
}

/** @example <NextSteps interview={first} settings={settings} now={now} /> */
export function NextSteps({ interview, settings, now }: Props) {
  if (interview.interviewers.length === 0) return null;
  return (
    <section class="next-steps" aria-labelledby="next-title">
      <h2 id="next-title">What happens next</h2>
      <ul>
        {interview.interviewers.map((person) => {
          const advice = advise({ interview, interviewerId: person.id, settings, now });
          return (
            <li key={person.id} class="user-text">
              <VerdictBadge verdict={advice.verdict} /> {person.name}:{' '}
              {advice.verdict === 'wait' && advice.opensAt
                ? `your window opens ${dayAndTime(advice.opensAt, now)}.`
                : advice.verdict === 'send' || advice.verdict === 'prepare'
                  ? 'your window is open now: open their LinkedIn profile to send your request.'
                  : (advice.reasons[0]?.text ?? '')}
            </li>
          );
        })}
      </ul>
      <p>
        {settings.reminders
          ? 'Connect Coach will remind you when each window opens: a notification and a number on its toolbar button. You can close this page.'
          : 'Reminders are off, so nothing will tell you when a window opens: switch them on in Settings.'}
      </p>
    </section>
  );
}
