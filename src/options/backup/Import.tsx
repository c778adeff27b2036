/**
 * Importing a backup: read the file, ask the background what would change (nothing is written yet),
 * show it, and import only when the person confirms. A bad file gets a clear message and changes nothing.
 */
import { useState } from 'preact/hooks';
import type { ImportPreview } from '../../storage/backup';
import { ask } from '../../ui/client';
import { useStatus } from '../status';
import { readBackupFile } from './files';
import { TypedConfirm, typedWord } from './TypedConfirm';

type Mode = 'merge' | 'replace';

const interviews = (n: number) => (n === 1 ? '1 interview' : `${n} interviews`);

/** A replace can remove interviews: typed, like Erase, rather than one click. */
const REPLACE_WORD = 'REPLACE';

const MODES: { mode: Mode; label: string }[] = [
  { mode: 'merge', label: "Merge: add the file's interviews to yours, updating those in both" },
  { mode: 'replace', label: "Replace: your log becomes exactly the file's" },
];

export function Import({ onImported }: { onImported(): void }) {
  const [mode, setMode] = useState<Mode>('merge');
  const [backup, setBackup] = useState<unknown>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const say = useStatus();
  const confirmed = mode === 'merge' || typedWord(typed, REPLACE_WORD);

  const check = async (value: unknown, nextMode: Mode) => {
    setPreview(null);
    const reply = await ask({ type: 'backup/preview', backup: value, mode: nextMode });
    if (!reply.ok) return setError(`This file can't be imported. ${reply.error} Nothing was changed.`);
    setError(null);
    setPreview(reply);
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again reads it again
    if (!file) return;
    const read = await readBackupFile(file);
    if (!read.ok) {
      setBackup(null);
      setPreview(null);
      return setError(`${read.error} Nothing was changed.`);
    }
    setBackup(read.value);
    setFileName(file.name);
    await check(read.value, mode);
  };
  const changeMode = (next: Mode) => {
    setMode(next);
    if (backup !== null) void check(backup, next);
  };
  const cancel = () => {
    setBackup(null);
    setPreview(null);
    setTyped('');
  };
  const confirm = async () => {
    if (!confirmed) return;
    const reply = await ask({ type: 'backup/import', backup, mode });
    if (!reply.ok) return setError(`This file can't be imported. ${reply.error} Nothing was changed.`);
    cancel();
    say('Backup imported.');
    onImported();
  };

  return (
    <div class="import">
      <fieldset>
        <legend>When importing</legend>
        {MODES.map((m) => (
          <label key={m.mode} class="check">
            <input
              type="radio"
              name="import-mode"
              checked={mode === m.mode}
              onChange={() => changeMode(m.mode)}
            />
            {m.label}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="import-file">Choose a backup file to import</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? 'import-error' : undefined}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      <div role="alert" id="import-error" class="error user-text">
        {error}
      </div>
      <div aria-live="polite">
        {preview && (
          <div class="card preview">
            <h3>
              What importing <span class="user-text">{fileName}</span> will change
            </h3>
            <ul>
              <li>{interviews(preview.added)} added</li>
              <li>{interviews(preview.replaced)} replaced by the file's version</li>
              <li>{interviews(preview.kept)} kept as they are</li>
              <li>{interviews(preview.removed)} removed</li>
              <li>Settings: {preview.settingsChanged ? 'taken from the file' : 'unchanged'}</li>
            </ul>
            {mode === 'replace' && (
              <div class="field">
                <p id="replace-warning">
                  Replacing makes your log exactly the file's: what is not in it is removed, and this can't be
                  undone. Export a backup first if you might want it again.
                </p>
                <TypedConfirm
                  id="replace-confirm"
                  word={REPLACE_WORD}
                  warning="replace-warning"
                  typed={typed}
                  onType={setTyped}
                />
              </div>
            )}
            <div class="actions">
              <button type="button" class="primary" disabled={!confirmed} onClick={() => void confirm()}>
                Import ({mode})
              </button>
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
