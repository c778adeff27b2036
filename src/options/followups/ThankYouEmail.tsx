/**
 * One thank-you email to write: the draft from the log (editable, checked by the note's lint, its length
 * aside), "Open in mail app" (a mailto: link with the draft; nothing is sent by us), Copy, and
 * "Mark as sent" (the follow-up's Done, with Undo), which the LinkedIn window then takes into account;
 * Snooze and Skip as on every follow-up.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { draftThankYouEmail, mailtoLink } from '../../core/email/thank-you';
import type { Interview, Interviewer, Settings } from '../../core/model';
import type { LintFinding } from '../../core/notes/types';
import { copyText } from '../../ui/clipboard';
import { FollowUpActions } from '../../ui/FollowUpActions';
import { type Change, emailSentChange } from '../../ui/follow-up-writes';
import { useStatus } from '../status';
import { Context, Deadline, PersonLink } from './parts';

interface Props {
  /** Its last good moment: the end of the next working day. */
  by: Date | null;
  interview: Interview;
  person: Interviewer & { email: string };
  settings: Settings;
  now: Date;
  onChange(change: Change): void;
}

/** The note's lint, loaded on demand (it carries the spelling dictionary), without the note-length check. */
function useEmailLint(body: string, interview: Interview, interviewerId: string, settings: Settings) {
  const [findings, setFindings] = useState<LintFinding[] | null>(null);
  useEffect(() => {
    let current = true;
    void import('../../core/notes/lint').then(({ lintNote }) => {
      if (!current) return;
      const all = lintNote(body, { interview, interviewerId, settings });
      setFindings(all.filter((finding) => finding.code !== 'too-long'));
    });
    return () => {
      current = false;
    };
  }, [body, interview, interviewerId, settings]);
  return findings;
}

export function ThankYouEmail({ by, interview, person, settings, now, onChange }: Props) {
  const say = useStatus();
  const draft = useMemo(
    () => draftThankYouEmail({ interview, interviewerId: person.id, settings }),
    [interview, person.id, settings],
  );
  const [body, setBody] = useState(draft.body);
  const findings = useEmailLint(body, interview, person.id, settings);
  const id = `email-${interview.id}-${person.id}`;
  const copy = async () => {
    const copied = await copyText(`Subject: ${draft.subject}\n\n${body}`);
    say(copied ? 'Copied the email.' : 'Copying did not work here: select the text and copy it.');
  };
  return (
    <>
      <div class="item-main">
        <p class="action">
          Thank-you email to <PersonLink person={person} />
        </p>
        <Context interview={interview} person={person} />
        <p class="meta user-text">
          To {person.email} · Subject: {draft.subject}
        </p>
        <label class="visually-hidden" for={id}>
          Thank-you email to {person.name}
        </label>
        <textarea
          id={id}
          class="email-body user-text"
          rows={9}
          value={body}
          onInput={(e) => setBody(e.currentTarget.value)}
        />
        {findings && findings.length > 0 && (
          <ul class="findings" aria-label={`What to check in the email to ${person.name}`}>
            {findings.map((finding) => (
              <li key={`${finding.code}-${finding.span?.start ?? ''}`} class={finding.severity}>
                {finding.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="item-side">
        {by && <Deadline deadline={by} overdue={by < now} now={now} />}
        <div class="actions">
          <a class="button primary" href={mailtoLink(person.email, { subject: draft.subject, body })}>
            Open in mail app<span class="visually-hidden"> to write to {person.name}</span>
          </a>
          <button type="button" onClick={() => void copy()}>
            Copy<span class="visually-hidden"> the email to {person.name}</span>
          </button>
          <button type="button" onClick={() => onChange(emailSentChange(interview, person, now))}>
            Mark as sent<span class="visually-hidden"> (the email to {person.name})</span>
          </button>
        </div>
        <FollowUpActions
          interview={interview}
          person={person}
          kind="thank-you-email"
          done={false}
          now={now}
          onChange={onChange}
        />
      </div>
    </>
  );
}
