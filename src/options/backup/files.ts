/** The backup file: its name, its download, and reading one back before the background judges it. */
import { format } from 'date-fns';

/** Anything bigger is not a backup of this extension (10,000 interviews fit well below it). */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * The name an export is saved under, dated in local time.
 *
 * @example
 * backupFileName(new Date(2026, 2, 10)) // 'connect-coach-backup-2026-03-10.json'
 */
export const backupFileName = (now: Date): string => `connect-coach-backup-${format(now, 'yyyy-MM-dd')}.json`;

/**
 * Saves `data` as a JSON file through the browser's download, from a link made in the page (no network:
 * the file is a blob URL of this page).
 */
export function downloadJson(data: unknown, fileName: string): void {
  downloadText(JSON.stringify(data, null, 2), fileName, 'application/json');
}

/**
 * Saves `text` as a file (UTF-8) through the browser's download, from a blob URL of this page.
 *
 * @example downloadText(ics, 'connect-coach-follow-ups.ics', 'text/calendar')
 */
export function downloadText(text: string | string[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(Array.isArray(text) ? text : [text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type ReadResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * A chosen file's contents as data, or why it can't be a backup. The background checks the rest.
 *
 * @example
 * readBackupText('{"format":"connect-coach-backup"}') // { ok: true, value: { format: … } }
 * readBackupText('hello') // { ok: false, error: "This file isn't a Connect Coach backup: …" }
 */
export function readBackupText(text: string): ReadResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      error: "This file isn't a Connect Coach backup: it isn't JSON, the format backups are saved in.",
    };
  }
}

/** Reads a chosen file, refusing what is too big to be a backup before reading it at all. */
export async function readBackupFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_BYTES) {
    return {
      ok: false,
      error: `This file is too big to be a Connect Coach backup (${Math.round(file.size / 1e6)} MB).`,
    };
  }
  return readBackupText(await file.text());
}
