/**
 * First run (`options.html#welcome`, opened on install): what Connect Coach does and its promises, then
 * it asks what it needs (the person's name, to sign notes; whether their profile is ready, each part
 * answered, with "not sure" as an answer), shows the three steps, and leads to the first interview.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../../core/model';
import { LinkedInAccess } from '../../ui/LinkedInAccess';
import { Checklist } from '../profile/Checklist';

interface Props {
  settings: Settings;
  onPatch(patch: Partial<Settings>): Promise<unknown>;
}

export function Welcome({ settings, onPatch }: Props) {
  return (
    <div class="welcome">
      <p class="lead">
        After an interview, Connect Coach tells you when to send each interviewer a connection request on
        LinkedIn and helps you write a short, personal note. Later, it reminds you to keep in touch without
        overdoing it.
      </p>
      <ul class="promises">
        <li>
          <strong>Nothing leaves your browser.</strong> No account, no server: your log stays on this
          computer.
        </li>
        <li>
          <strong>You stay in charge.</strong> It never sends, clicks or posts anything for you: every request
          is yours to send.
        </li>
      </ul>
      <LinkedInAccess />
      <h2>How it works</h2>
      <ol class="steps">
        <li>Add your interview and the people you met.</li>
        <li>Connect Coach tells you when each one’s window opens, drafts a note, and reminds you then.</li>
        <li>On their LinkedIn profile, press Connect, then “Insert note”: you read it and press Send.</li>
      </ol>
      <h2>About you</h2>
      <YourName settings={settings} onPatch={onPatch} />
      <h2>Is your LinkedIn profile ready?</h2>
      <p>Interviewers look at it before accepting. Say what it has; “Not sure” is a fine answer for now.</p>
      <Checklist settings={settings} onPatch={onPatch} />
      <p class="lead-actions">
        <a class="button primary" href="#interviews/new">
          Add your first interview
        </a>
      </p>
    </div>
  );
}

/** The person's name, saved when they leave the field: notes are signed with it. (No autocomplete hint:
 * Chromium would ask its autofill service about the page, a request the privacy test forbids.) */
function YourName({ settings, onPatch }: Props) {
  const [name, setName] = useState(settings.yourName);
  const save = () => {
    if (name.trim() !== settings.yourName) void onPatch({ yourName: name.trim() });
  };
  return (
    <p class="field">
      <label for="welcome-name">Your name</label>
      <input
        id="welcome-name"
        type="text"
        autoComplete="off"
        value={name}
        aria-describedby="welcome-name-hint"
        onInput={(event) => setName(event.currentTarget.value)}
        onBlur={save}
      />
      <span id="welcome-name-hint" class="hint">
        Your notes end with it, so they never go out unsigned.
      </span>
    </p>
  );
}
