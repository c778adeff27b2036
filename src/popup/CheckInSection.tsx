/**
 * A connection: the next message to them (a thank-you for accepting, or a light check-in), to copy into
 * LinkedIn's messages, then "Log as sent"; and "They replied" when they did. No connection note here.
 */
import { useState } from 'preact/hooks';
import { draftCheckIn } from '../core/notes/check-in';
import { copyText } from '../ui/clipboard';
import { messageChange, repliedChange } from '../ui/follow-up-writes';
import type { StatePlanProps } from './StatePlan';

/** @example <CheckInSection interview={iv} person={kim} advice={advice} … /> */
export function CheckInSection(props: StatePlanProps) {
  const { advice, now } = props;
  if (!advice.nextTouchAt) return <Resting {...props} />;
  if (advice.nextTouchAt > now) {
    return (
      <details class="more">
        <summary>Prepare your next message</summary>
        <Message {...props} />
      </details>
    );
  }
  return <Message {...props} />;
}

/** Over-messaged, or nothing planned: leave the next move to them, and say when they answer. */
function Resting({ interview, person, now, onChange }: StatePlanProps) {
  return (
    <section aria-labelledby="plan-title" class="plan">
      <h2 id="plan-title">Leave the next move to them</h2>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => onChange(repliedChange(interview, person, now))}>
          They replied
        </button>
      </div>
    </section>
  );
}

function Message({ interview, person, settings, now, onChange }: StatePlanProps) {
  const [text, setText] = useState(() => draftCheckIn({ interview, person, settings }));
  const [said, setSaid] = useState('');
  const copy = async () =>
    setSaid((await copyText(text)) ? 'Copied' : 'Copying didn’t work here: select the message and copy it.');
  return (
    <section aria-labelledby="plan-title" class="plan">
      <h2 id="plan-title">Your message</h2>
      <label for="check-in-text" class="note-label">
        Message to {person.name} (send it in LinkedIn’s messages)
      </label>
      <textarea
        id="check-in-text"
        class="note-text user-text"
        rows={4}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="button-row">
        <button type="button" class="primary" onClick={copy}>
          Copy
        </button>
        <button type="button" onClick={() => onChange(messageChange(interview, person, now))}>
          Log as sent
        </button>
        <button type="button" onClick={() => onChange(repliedChange(interview, person, now))}>
          They replied
        </button>
      </div>
      <p class="action-status" role="status">
        {said}
      </p>
    </section>
  );
}
