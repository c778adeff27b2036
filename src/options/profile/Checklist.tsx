/**
 * The person's own profile checklist (photo, headline, current role, about), each answered: it's there,
 * not yet, or not sure. A part marked "not yet" makes the advice say "prepare"; "not sure" (and a
 * checklist nobody answered) is only a word to check, never read as missing.
 */
import type { ProfileChecklist, ProfileItem, Settings } from '../../core/model';
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
          <span>{label}</span>
          <select
            value={String(profile[key])}
            onChange={(e) => onPatch({ profile: { ...profile, [key]: answerOf(e.currentTarget.value) } })}
          >
            <option value="true">It’s there</option>
            <option value="false">Not yet</option>
            <option value="unknown">Not sure</option>
          </select>
        </label>
      ))}
      <p class="hint">
        {profile.readAt
          ? `Last read from your LinkedIn profile on ${formatStored(profile.readAt)}.`
          : 'Or visit your own profile on LinkedIn and Connect Coach answers these for you.'}
      </p>
    </fieldset>
  );
}

const answerOf = (value: string): ProfileItem => (value === 'unknown' ? 'unknown' : value === 'true');
