/**
 * Backup files as the options page exports them, for tests that set the log up the way a person can:
 * through the extension's own import. Plain data, no browser: the end-to-end tests import it too.
 */

/** Every box of the profile checklist ticked, so an open window means "connect" rather than "prepare". */
export const READY_PROFILE = { photo: true, headline: true, currentRole: true, about: true };

/** Priya Natarajan, a recruiter, with her LinkedIn address: the interviewer most tests meet. */
export const PRIYA = {
  id: 'p-1',
  name: 'Priya Natarajan',
  role: 'recruiter',
  profileUrl: 'https://www.linkedin.com/in/priya-natarajan/',
} as const;

/**
 * A backup file holding `interviews`, exported at `now`, by Alex Kim with a ready profile; `settings`
 * adds to or replaces those.
 *
 * @example await ext.send({ type: 'backup/import', backup: backupFile([interview]), mode: 'replace' })
 */
export function backupFile<Interview>(
  interviews: Interview[],
  settings: Record<string, unknown> = {},
  now = Date.now(),
) {
  return {
    format: 'connect-coach-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    settings: { yourName: 'Alex Kim', profile: READY_PROFILE, ...settings },
    interviews,
  };
}
