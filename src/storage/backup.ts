/**
 * Export and import of the whole log. An import is checked whole first (backup-check.ts), then applied in
 * one transaction of the single writer: all of it or none of it.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type Interview } from '../core/model';
import { checkBackup } from './backup-check';
import type { Items } from './browser';
import { same } from './changes';
import { saveFailure } from './errors';
import { interviewKey, SETTINGS_KEY } from './keys';
import { readAll, transact } from './store';
import type { Failure, StoredState } from './types';

/** `replace`: the file becomes the log. `merge`: the file's interviews replace those with the same id. */
export type ImportMode = 'replace' | 'merge';

/** What an import would do, counted in interviews. */
export interface ImportPreview {
  ok: true;
  added: number;
  replaced: number;
  kept: number;
  removed: number;
  settingsChanged: boolean;
}

/**
 * The whole log as a backup file's content, with the records that could not be read (if any) alongside.
 *
 * @example JSON.stringify(await exportBackup(), null, 2)
 */
export async function exportBackup(): Promise<Backup> {
  const { settings, interviews, quarantine } = await readAll();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    settings,
    // Revisions are this browser's bookkeeping: a backup holds the interviews alone.
    interviews: interviews.map(({ revision: _, ...interview }) => interview),
    ...(quarantine.length > 0 ? { quarantine } : {}),
  };
}

interface Plan {
  set: Items;
  remove: string[];
  preview: ImportPreview;
}

function planImport(state: StoredState, backup: Backup, mode: ImportMode): Plan {
  const incoming = new Set(backup.interviews.map((interview) => interview.id));
  const current = new Set(state.interviews.map((interview) => interview.id));
  const gone = state.interviews.filter((interview) => !incoming.has(interview.id));
  const set: Items = Object.fromEntries(backup.interviews.map((it: Interview) => [interviewKey(it.id), it]));
  const settingsChanged = mode === 'replace' && !same(backup.settings, state.settings);
  if (settingsChanged) set[SETTINGS_KEY] = backup.settings;
  const replaced = backup.interviews.filter((interview) => current.has(interview.id)).length;
  return {
    set,
    remove: mode === 'replace' ? gone.map((interview) => interviewKey(interview.id)) : [],
    preview: {
      ok: true,
      added: backup.interviews.length - replaced,
      replaced,
      kept: mode === 'merge' ? gone.length : 0,
      removed: mode === 'replace' ? gone.length : 0,
      settingsChanged,
    },
  };
}

/**
 * What importing `raw` would change, without changing anything.
 *
 * @example await previewImport(text, 'merge') // { ok: true, added: 2, replaced: 1, kept: 4, removed: 0, settingsChanged: false }
 */
export async function previewImport(raw: unknown, mode: ImportMode): Promise<ImportPreview | Failure> {
  const checked = checkBackup(raw);
  if (!checked.ok) return checked;
  return planImport(await readAll(), checked.backup, mode).preview;
}

/**
 * Imports a backup (an object or its JSON text): `{ ok: true }`, or `{ ok: false, error }` with the log
 * exactly as it was. Quarantined records already stored are kept; the file's own quarantine is not imported.
 *
 * @example await importBackup(await file.text(), 'replace')
 */
export async function importBackup(raw: unknown, mode: ImportMode): Promise<{ ok: true } | Failure> {
  const checked = checkBackup(raw);
  if (!checked.ok) return checked;
  try {
    await transact(({ state }) => {
      const { set, remove } = planImport(state, checked.backup, mode);
      return { set, remove, result: undefined };
    });
    return { ok: true };
  } catch (error) {
    return saveFailure(error);
  }
}
