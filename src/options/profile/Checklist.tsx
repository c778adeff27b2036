/**
 * The person's own profile checklist (photo, headline, current role, about). A complete profile makes
 * interviewers likelier to accept; the advice says "prepare" until it is done.
 */
import type { ProfileChecklist, Settings } from '../../core/model';
import { formatStored } from '../../ui/format';

const ITEMS: { key: keyof Omit<ProfileChecklist, 'readAt'>; label: string }[] = [
  { key: 'photo', label: 'A profile photo' },
  { key: 'headline', label: 'A headline that says what you do or seek' },
  { key: 'currentRole', label: 'Your current role (or what you are looking for)' },
  { key: 'about', label: 'An About section' },
];

interface Props {
  settings: Settings;
  onPatch(patch: Partial<Settings>): void;
}

/** @example <Checklist settings={settings} onPatch={patchSettings} /> */
export function Checklist({ settings, onPatch }: Props) {
  const { profile } = settings;
  return (
    <fieldset class="checklist">
      <legend>Your LinkedIn profile has</legend>
      {ITEMS.map(({ key, label }) => (
        <label key={key} class="check">
          <input
            type="checkbox"
            checked={profile[key]}
            onChange={(e) => onPatch({ profile: { ...profile, [key]: e.currentTarget.checked } })}
          />
          {label}
        </label>
      ))}
      <p class="hint">
        {profile.readAt
          ? `Last read from your LinkedIn profile on ${formatStored(profile.readAt)}.`
          : 'Visit your own profile on LinkedIn and Connect Coach ticks these for you.'}
      </p>
    </fieldset>
  );
}
