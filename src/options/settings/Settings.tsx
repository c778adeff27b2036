/**
 * Settings: your name, account tier (note length), when to connect and notes a month, weekdays only,
 * reminders and the inline helper.
 */

import { NOTE_LIMITS } from '../../core/log-values';
import type { Settings as SettingsType } from '../../core/model';
import { LinkedInCheck } from './LinkedInCheck';
import { Timing } from './Timing';

interface Props {
  settings: SettingsType;
  onPatch(patch: Partial<SettingsType>): void;
}

type Toggle = 'weekdaysOnly' | 'reminders' | 'inlineHelper';
const TOGGLES: { key: Toggle; label: string; hint: string }[] = [
  { key: 'weekdaysOnly', label: 'Weekdays only', hint: 'Suggest Monday to Friday for reaching out.' },
  { key: 'reminders', label: 'Reminders', hint: 'A badge and one notification when a follow-up is due.' },
  {
    key: 'inlineHelper',
    label: 'Helper on LinkedIn',
    hint:
      'A small card on the profiles of people in your log, with the advice and your note. Turn it off ' +
      'and nothing is added to LinkedIn’s page until you press Insert: the side panel is then your coach.',
  },
];

export function Settings({ settings, onPatch }: Props) {
  return (
    <div class="settings">
      <div class="field">
        <label for="set-name">Your name</label>
        <input
          id="set-name"
          autoComplete="name"
          aria-describedby="set-name-hint"
          value={settings.yourName}
          maxLength={200}
          onChange={(e) => onPatch({ yourName: e.currentTarget.value.trim() })}
        />
        <p class="hint" id="set-name-hint">
          Used where a note introduces you.
        </p>
      </div>
      <fieldset>
        <legend>Your LinkedIn account</legend>
        {(['free', 'premium'] as const).map((tier) => (
          <label key={tier} class="check">
            <input
              type="radio"
              name="tier"
              value={tier}
              checked={settings.accountTier === tier}
              onChange={() => onPatch({ accountTier: tier })}
            />
            {tier === 'free' ? 'Free' : 'Premium'}: notes up to {NOTE_LIMITS[tier]} characters
          </label>
        ))}
      </fieldset>
      <Timing settings={settings} onPatch={onPatch} />
      <fieldset>
        <legend>How Connect Coach helps</legend>
        {TOGGLES.map(({ key, label, hint }) => (
          <div key={key} class="toggle">
            <label class="check">
              <input
                type="checkbox"
                aria-describedby={`set-${key}-hint`}
                checked={settings[key]}
                onChange={(e) => onPatch({ [key]: e.currentTarget.checked })}
              />
              {label}
            </label>
            <p class="hint" id={`set-${key}-hint`}>
              {hint}
            </p>
          </div>
        ))}
      </fieldset>
      <LinkedInCheck />
    </div>
  );
}
