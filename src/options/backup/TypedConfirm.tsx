/**
 * A step that can't be undone, confirmed by typing a word (Erase, Replace on import): harder to wave
 * through than a dialog's OK, and read out with the warning it confirms.
 */

/** True once the person typed `word`, in any case and with any spaces around it. */
export const typedWord = (typed: string, word: string): boolean => typed.trim().toUpperCase() === word;

interface Props {
  /** The input's id (its label points at it). */
  id: string;
  /** The word to type, in capitals: "ERASE", "REPLACE". */
  word: string;
  /** The id of the warning that says what the word confirms. */
  warning: string;
  typed: string;
  onType(typed: string): void;
  /** Focus the input at once: the person just asked for this step. */
  focus?: boolean;
}

/**
 * The label "Type WORD to confirm" and its input, described by the warning.
 *
 * @example <TypedConfirm id="wipe-confirm" word="ERASE" warning="wipe-warning" typed={typed} onType={setTyped} focus />
 */
export function TypedConfirm({ id, word, warning, typed, onType, focus = false }: Props) {
  return (
    <>
      <label for={id}>Type {word} to confirm</label>
      <input
        id={id}
        autoComplete="off"
        aria-describedby={warning}
        value={typed}
        // biome-ignore lint/a11y/noAutofocus: only where the person just asked for this step.
        autoFocus={focus}
        onInput={(e) => onType(e.currentTarget.value)}
      />
    </>
  );
}
