/**
 * A logged interviewer's profile: who they are, the verdict first, then what fits it (StatePlan); the
 * reasons and the window behind disclosures, so the decision and its action fit the popup's first screen.
 */

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Match } from '../core/match';
import type { Settings } from '../core/model';
import { parseTime } from '../core/parse-time';
import { profileUrlOf } from '../core/profile-address';
import { advise } from '../core/rules/advise';
import type { ProfileReading } from '../linkedin/reading';
import type { StateReply, TabStatus } from '../replies';
import { ChangeLine, useChanges } from '../ui/changes';
import { ask } from '../ui/client';
import { formatStored } from '../ui/format';
import { VerdictCard } from '../ui/VerdictCard';
import { WindowTimeline } from '../ui/WindowTimeline';
import { ROLE_LABEL } from '../ui/words';
import { NotesThisMonth } from './NotesThisMonth';
import { StatePlan } from './StatePlan';

export interface PersonViewProps {
  match: Match;
  /** What the page showed; null when it could not be read (the person was found by the page's address). */
  reading: ProfileReading | null;
  state: StateReply;
  tabId: number | null;
  noteBox: TabStatus['noteBox'];
  now: Date;
  refresh: () => Promise<void>;
}

const TIMELINE_VERDICTS = new Set(['wait', 'prepare', 'send', 'sent']);

export function PersonView({ match, reading, state, tabId, noteBox, now, refresh }: PersonViewProps) {
  const { interview, person } = match;
  const settings: Settings = state.settings;
  const advice = useMemo(
    () => advise({ interview, interviewerId: person.id, settings, now }),
    [interview, person.id, settings, now],
  );
  const changes = useChanges(refresh);
  const verdictRef = useRef<HTMLElement>(null);
  // After an action, the new verdict is what to read next: focus goes there, the confirmation just below.
  useEffect(() => {
    if (changes.last) verdictRef.current?.focus();
  }, [changes.last]);
  return (
    <article aria-labelledby="person-name">
      <h1 id="person-name" class="user-text">
        {person.name}
      </h1>
      <p class="person-sub user-text">
        {ROLE_LABEL[person.role]}
        {person.title ? ` · ${person.title}` : ''} · {interview.role} at {interview.company},{' '}
        {formatStored(interview.at)}
      </p>
      {match.byName && reading && <ConfirmMatch match={match} slug={reading.slug} refresh={refresh} />}
      {!reading && (
        <p class="notice" role="status">
          LinkedIn’s page couldn’t be read just now, so this comes from your log alone.
        </p>
      )}
      <section aria-labelledby="verdict-title" ref={verdictRef} tabIndex={-1} class="verdict-section">
        <h2 id="verdict-title" class="visually-hidden">
          What to do
        </h2>
        <VerdictCard advice={advice} now={now} />
      </section>
      <ChangeLine changes={changes} focus={false} />
      <StatePlan
        interview={interview}
        person={person}
        settings={settings}
        advice={advice}
        tabId={tabId}
        noteBox={noteBox}
        now={now}
        onChange={changes.run}
      />
      {/* The month's note plan informs; it comes after the decision and its action, not before. */}
      <NotesThisMonth
        interviews={state.interviews}
        settings={settings}
        now={now}
        person={{ interviewId: interview.id, interviewerId: person.id }}
      />

      {TIMELINE_VERDICTS.has(advice.verdict) && advice.opensAt && (
        <details class="more">
          <summary>Your window</summary>
          <WindowTimeline
            interviewAt={parseTime(interview.at)}
            opensAt={advice.opensAt}
            idealBy={advice.idealBy}
            lateAfter={advice.lateAfter}
            now={now}
          />
        </details>
      )}
    </article>
  );
}

/** Matched by name and company only: ask before linking this profile to the person in the log. */
function ConfirmMatch({
  match,
  slug,
  refresh,
}: {
  match: Match;
  slug: string;
  refresh: () => Promise<void>;
}) {
  const [error, setError] = useState('');
  const confirm = async () => {
    const reply = await ask({
      type: 'interviewer/patch',
      interviewId: match.interview.id,
      interviewerId: match.person.id,
      patch: { profileUrl: profileUrlOf(slug) },
    });
    if (reply.ok) await refresh();
    else setError(reply.error);
  };
  return (
    <div class="confirm">
      <p id="confirm-question" class="user-text">
        Is this the {match.person.name} you met at {match.interview.company}?
      </p>
      <button type="button" onClick={confirm}>
        Confirm
      </button>
      {error && <p class="field-error user-text">{error}</p>}
    </div>
  );
}
