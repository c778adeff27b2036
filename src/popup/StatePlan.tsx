/**
 * What the popup offers under the verdict, designed per state: the connection note to send (or, with no
 * notes left, the plan without one), nothing to insert while a request waits, the next message for a
 * connection, and why not and what instead when it is better not to connect.
 */
import { addDays } from 'date-fns';
import type { ComponentChildren } from 'preact';
import type { Interview, Interviewer, Settings } from '../core/model';
import { parseTime } from '../core/parse-time';
import { POLICY } from '../core/rules/policy';
import { dayLabel } from '../core/rules/reasons';
import type { Advice } from '../core/rules/types';
import type { TabStatus } from '../replies';
import {
  acceptedChange,
  type Change,
  HEARD_BACK,
  heardBackChange,
  sentChange,
  skipChange,
} from '../ui/follow-up-writes';
import { CheckInSection } from './CheckInSection';
import { NoteSection } from './NoteSection';

export interface StatePlanProps {
  interview: Interview;
  person: Interviewer;
  settings: Settings;
  advice: Advice;
  tabId: number | null;
  noteBox: TabStatus['noteBox'];
  now: Date;
  onChange(change: Change): Promise<void>;
}

/** The plan's section under the verdict: its heading names it for screen readers. */
function Plan({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby="plan-title" class="plan">
      <h2 id="plan-title">{title}</h2>
      {children}
    </section>
  );
}

/** @example <StatePlan advice={advise(…)} … /> */
export function StatePlan(props: StatePlanProps) {
  const { advice, person } = props;
  const note = { ...props, tone: advice.tone };
  switch (advice.verdict) {
    case 'send':
    case 'prepare':
      return advice.reasons.some((reason) => reason.code === 'quota-empty') ? (
        <NoNotesLeft {...props} />
      ) : (
        <NoteSection {...note} />
      );
    case 'wait':
      return (
        <details class="more">
          <summary>Prepare your note now</summary>
          <NoteSection {...note} title="Your note, for when the window opens" />
        </details>
      );
    case 'sent':
      return <Waiting {...props} />;
    case 'connected':
      return <CheckInSection {...props} />;
    case 'avoid':
      return person.invite.state === 'declined' ? <Declined {...props} /> : <NotWhileOpen {...props} />;
  }
}

/** Notes used up: send without one, thank them by message once they accept. */
function NoNotesLeft(props: StatePlanProps) {
  const { interview, person, now, onChange } = props;
  return (
    <Plan title="Without a note this time">
      <p>
        Press Connect on {person.name}’s profile and send the request without a note. Once they accept, thank
        them in a message: Connect Coach will have it ready.
      </p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => onChange(sentChange(interview, person, now))}>
          Mark as sent
        </button>
      </div>
      <details class="more">
        <summary>Write a note anyway</summary>
        <NoteSection {...props} tone={props.advice.tone} />
      </details>
    </Plan>
  );
}

/** A request is out: nothing to insert, what to expect, and when to stop waiting. */
function Waiting({ interview, person, now, onChange }: StatePlanProps) {
  const sentAt = person.invite.at ? parseTime(person.invite.at) : null;
  const letGo = sentAt ? addDays(sentAt, POLICY.pendingLongDays) : null;
  return (
    <Plan title="Nothing to send">
      <p>
        Your request is with {person.name}. Most people answer within a week or two; there is nothing to
        resend.
        {letGo && ` If it is still waiting on ${dayLabel(letGo, now)}, let it go: that is nothing personal.`}
      </p>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          onClick={() => onChange(acceptedChange(interview, person, now))}
        >
          They accepted
        </button>
      </div>
      <HeardBackButtons interview={interview} now={now} onChange={onChange} />
    </Plan>
  );
}

/** They declined: let it rest; a thank-you email still says it. */
function Declined({ interview, person, now, onChange }: StatePlanProps) {
  return (
    <Plan title="What to do instead">
      <p>
        Let it rest: asking again would not help. If you want to thank {person.name}, an email or a word to
        the recruiter says it without an invitation.
      </p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => onChange(skipChange(interview, person, now))}>
          Skip this person
        </button>
      </div>
    </Plan>
  );
}

/** The company asked candidates not to connect while the process is open: wait for the outcome. */
function NotWhileOpen({ interview, person, now, onChange }: StatePlanProps) {
  return (
    <Plan title="What to do instead">
      <p>
        Thank {person.name} by email if you have their address, and wait for {interview.company}’s answer.
        When you hear back, say so here: the advice changes with it.
      </p>
      <HeardBackButtons interview={interview} now={now} onChange={onChange} primary />
    </Plan>
  );
}

/** "I heard back": three buttons, the outcome in the person's words. */
function HeardBackButtons({
  interview,
  now,
  onChange,
  primary = false,
}: Pick<StatePlanProps, 'interview' | 'now' | 'onChange'> & { primary?: boolean }) {
  if (interview.outcome !== 'pending') return null;
  const outcomes = Object.keys(HEARD_BACK) as (keyof typeof HEARD_BACK)[];
  return (
    <fieldset class="heard-back">
      <legend class="quiet">I heard back from {interview.company}:</legend>
      <div class="button-row">
        {outcomes.map((outcome, index) => (
          <button
            key={outcome}
            type="button"
            class={primary && index === 0 ? 'primary' : undefined}
            onClick={() => onChange(heardBackChange(interview, outcome, now))}
          >
            {HEARD_BACK[outcome]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
