/** The "Your profile" section: why it matters, and the checklist. */
import type { Settings } from '../../core/model';
import { Checklist } from './Checklist';

interface Props {
  settings: Settings;
  onPatch(patch: Partial<Settings>): Promise<unknown>;
}

export function Profile({ settings, onPatch }: Props) {
  const { photo, headline, currentRole, about } = settings.profile;
  const done = [photo, headline, currentRole, about].filter((part) => part === true).length;
  return (
    <>
      <p class="lead">
        Interviewers look at your profile before they accept. With all four in place, your request reads as
        coming from a real, serious candidate. <strong>{done} of 4</strong> done.
      </p>
      <Checklist settings={settings} onPatch={onPatch} />
    </>
  );
}
