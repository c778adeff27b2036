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
  /** Saves the patch; resolves once it is saved (or refused) and the page shows the log again. */
  onPatch(patch: Partial<Settings>): Promise<unknown>;
}

/** @example <Checklist settings={settings} onPatch={patchSettings} /> */
export function Checklist({ settings, onPatch }: Props) {
  const { profile } = settings;
  // Answers given faster than the log comes back (one select after another) build on each other, not on
  // the profile of the last render: while any is on its way, the log's echo of an earlier one (which
  // lacks the later answers) must not replace them, or the next answer would save the stale profile.
  // Once none is on its way, the log is the truth again (say, the own profile read on LinkedIn).
  const latest = useRef(profile);
  const onTheirWay = useRef(0);
  useEffect(() => {
    if (onTheirWay.current === 0) latest.current = profile;
  }, [profile]);
  const answer = async (key: ItemKey, value: string) => {
    latest.current = { ...latest.current, [key]: answerOf(value) };
    onTheirWay.current++;
    try {
      await onPatch({ profile: latest.current });
    } finally {
      onTheirWay.current--;
    }
  };
  return (
    <fieldset class="checklist">
      <legend>Your LinkedIn profile has</legend>
      {ITEMS.map(({ key, label }) => (
        <label key={key} class="check">
          <span>{label}</span>
          <select value={String(profile[key])} onChange={(e) => void answer(key, e.currentTarget.value)}>
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
