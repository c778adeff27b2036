/**
 * Logging a touch with a connection (a message, a comment, an email, a call, and whether they replied),
 * so the next check-in is planned from what really happened.
 */
import { formatISO } from 'date-fns';
import { useState } from 'preact/hooks';
import { TOUCH_KINDS } from '../../core/basics';
import type { Interview, Interviewer, Touch } from '../../core/model';
import { ask } from '../../ui/client';
import { formatDay } from '../../ui/format';
import { useStatus } from '../status';

const KIND_LABEL: Record<Touch['kind'], string> = {
  message: 'Message',
  comment: 'Comment on a post',
  email: 'Email',
  call: 'Call',
};

interface Props {
  interview: Interview;
  person: Interviewer;
  onLogged(): void;
}

/** @example <TouchLogger interview={iv} person={priya} onLogged={reload} /> */
export function TouchLogger({ interview, person, onLogged }: Props) {
  const [kind, setKind] = useState<Touch['kind']>('message');
  const [replied, setReplied] = useState(false);
  const say = useStatus();
  const id = `touch-${interview.id}-${person.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const touch: Touch = { at: formatISO(new Date()), kind, replied };
    // One touch appended, not the list replaced: a touch logged elsewhere meanwhile is kept.
    const reply = await ask({
      type: 'interviewer/touch',
      interviewId: interview.id,
      interviewerId: person.id,
      touch,
    });
    if (!reply.ok) return say({ text: `That touch wasn't saved: ${reply.error}`, tone: 'error' });
    say(`Logged: ${KIND_LABEL[kind].toLowerCase()} with ${person.name}${replied ? ', who replied' : ''}.`);
    setReplied(false);
    onLogged();
  };

  const last = person.touches.at(-1);
  return (
    <form class="touch" onSubmit={submit}>
      {last && (
        <p class="hint">
          Last: {KIND_LABEL[last.kind].toLowerCase()}, {formatDay(new Date(last.at))}
          {last.replied ? ', they replied' : ', no reply yet'}
        </p>
      )}
      <label class="visually-hidden" for={`${id}-kind`}>
        How you were in touch with {person.name}
      </label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as Touch['kind'])}
      >
        {TOUCH_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABEL[k]}
          </option>
        ))}
      </select>
      <label class="check">
        <input type="checkbox" checked={replied} onChange={(e) => setReplied(e.currentTarget.checked)} />
        They replied<span class="visually-hidden"> ({person.name})</span>
      </label>
      <button type="submit">
        Log touch<span class="visually-hidden"> with {person.name}</span>
      </button>
    </form>
  );
}
