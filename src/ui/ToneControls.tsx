/**
 * The tone of a note and "Another wording": the one pair of controls the popup's note and the shared note
 * editor show (each control only when its handler is given).
 */
import type { Tone } from '../core/rules/types';
import { TONE_LABEL, TONES } from './words';

export interface ToneControlsProps {
  tone?: Tone | undefined;
  onTone?: ((tone: Tone) => void) | undefined;
  onAnotherWording?: (() => void) | undefined;
}

/**
 * @example <ToneControls tone={tone} onTone={setTone} onAnotherWording={() => setVariant((v) => v + 1)} />
 */
export function ToneControls({ tone, onTone, onAnotherWording }: ToneControlsProps) {
  return (
    <div class="note-controls">
      {onTone && tone && (
        <label class="note-tone">
          Tone{' '}
          <select value={tone} onChange={(event) => onTone(event.currentTarget.value as Tone)}>
            {TONES.map((option) => (
              <option key={option} value={option}>
                {TONE_LABEL[option]}
              </option>
            ))}
          </select>
        </label>
      )}
      {onAnotherWording && (
        <button type="button" onClick={onAnotherWording}>
          Another wording
        </button>
      )}
    </div>
  );
}
