/** First run (`options.html#welcome`, opened on install): what Connect Coach does, its promises, and
 * the profile checklist, with one way forward: add the first interview. */
import type { Settings } from '../../core/model';
import { Checklist } from '../profile/Checklist';
import { LinkedInAccess } from './LinkedInAccess';

interface Props {
  settings: Settings;
  onPatch(patch: Partial<Settings>): void;
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
      <h2>Before you start: your own profile</h2>
      <p>Interviewers look at it before accepting. Tick what it already has.</p>
      <Checklist settings={settings} onPatch={onPatch} />
      <p class="lead-actions">
        <a class="button primary" href="#interviews/new">
          Add your first interview
        </a>
      </p>
    </div>
  );
}
