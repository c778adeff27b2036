/**
 * The person's own profile checklist (photo, headline, current role, about), each answered: it's there,
 * not yet, or not sure. A part marked "not yet" makes the advice say "prepare"; "not sure" (and a
 * checklist nobody answered) is only a word to check, never read as missing.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ProfileChecklist, ProfileItem, Settings } from '../../core/model';
import { formatStored } from '../../ui/format';

type ItemKey = keyof Omit<ProfileChecklist, 'readAt'>;

const ITEMS: { key: ItemKey; label: string }[] = [
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
  // Answers given faster than the log comes back (one select after another) build on each other, not
  // on the profile of the last render.
  const latest = useRef(profile);
  useEffect(() => {
    latest.current = profile;
  }, [profile]);
  const answer = (key: ItemKey, value: string) => {
    latest.current = { ...latest.current, [key]: answerOf(value) };
    onPatch({ profile: latest.current });
  };
  return (
    <fieldset class="checklist">
      <legend>Your LinkedIn profile has</legend>
      {ITEMS.map(({ key, label }) => (
        <label key={key} class="check">
          <span>{label}</span>
          <select value={String(profile[key])} onChange={(e) => answer(key, e.currentTarget.value)}>
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
