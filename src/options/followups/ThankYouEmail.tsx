/**
 * One thank-you email to write: the draft from the log (editable, checked by the note's lint, its length
 * aside), "Open in mail app" (a mailto: link with the draft; nothing is sent by us), Copy, and
 * "Mark as sent", which the LinkedIn window then takes into account.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ThankYouEmailDue } from '../../core/email/due';
import { draftThankYouEmail, mailtoLink } from '../../core/email/thank-you';
import type { Interview, Interviewer, Settings } from '../../core/model';
import type { LintFinding } from '../../core/notes/types';
import { ask } from '../../ui/client';
import { copyText } from '../../ui/clipboard';
import { useStatus } from '../status';
import { Context, PersonLink, When } from './parts';

interface Props {
  item: ThankYouEmailDue;
  interview: Interview;
  person: Interviewer & { email: string };
  settings: Settings;
  now: Date;
  onSent(): void;
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

export function ThankYouEmail({ item, interview, person, settings, now, onSent }: Props) {
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
  const markSent = async () => {
    const patch = { thankYouEmailAt: now.toISOString() };
    const reply = await ask({
      type: 'interviewer/patch',
      interviewId: interview.id,
      interviewerId: person.id,
      patch,
    });
    if (!reply.ok) return say({ text: `Not saved: ${reply.error}`, tone: 'error' });
    say(`Marked the thank-you email to ${person.name} as sent.`);
    onSent();
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
        <When date={item.dueAt} now={now} prefix="By" />
        <div class="actions">
          <a class="button primary" href={mailtoLink(person.email, { subject: draft.subject, body })}>
            Open in mail app<span class="visually-hidden"> to write to {person.name}</span>
          </a>
          <button type="button" onClick={() => void copy()}>
            Copy<span class="visually-hidden"> the email to {person.name}</span>
          </button>
          <button type="button" onClick={() => void markSent()}>
            Mark as sent<span class="visually-hidden"> (the email to {person.name})</span>
          </button>
        </div>
      </div>
    </>
  );
}
