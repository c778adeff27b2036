/**
 * Settings for when to connect and how many notes a month: the timing convention (advice sources
 * disagree, so the person chooses) and the free account's personalised-note allowance.
 */
import { TIMING_STYLES } from '../../core/log-values';
import type { Settings } from '../../core/model';
import { TIMING_STYLE_LABELS } from '../../core/rules/timing';

interface Props {
  settings: Settings;
  onPatch(patch: Partial<Settings>): void;
}

const STYLE_HINTS = {
  days: 'A few days after the interview, sooner where the culture is relaxed (the usual advice).',
  decision:
    'Not while the outcome is pending, except a recruiter at a company that welcomes connecting (the cautious advice).',
} as const;

export function Timing({ settings, onPatch }: Props) {
  const premium = settings.accountTier === 'premium';
  return (
    <>
      <fieldset>
        <legend>When to send the invitation</legend>
        {TIMING_STYLES.map((style) => (
          <div key={style} class="toggle">
            <label class="check">
              <input
                type="radio"
                name="timing-style"
                value={style}
                aria-describedby={`set-timing-${style}-hint`}
                checked={settings.timingStyle === style}
                onChange={() => onPatch({ timingStyle: style })}
              />
              {TIMING_STYLE_LABELS[style]}
            </label>
            <p class="hint" id={`set-timing-${style}-hint`}>
              {STYLE_HINTS[style]}
            </p>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="set-notes">Personalised notes a month</label>
        <input
          id="set-notes"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          disabled={premium}
          aria-describedby="set-notes-hint"
          value={settings.notesPerMonth}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            // Bad input changes nothing: the field goes back to the saved number.
            if (Number.isInteger(value) && value >= 0 && value <= 100) onPatch({ notesPerMonth: value });
            else e.currentTarget.value = String(settings.notesPerMonth);
          }}
        />
        <p class="hint" id="set-notes-hint">
          {premium
            ? 'Premium has no monthly limit on personalised notes.'
            : 'Free accounts get about 5. When LinkedIn shows how many remain, that count is used instead.'}
        </p>
      </div>
    </>
  );
}
