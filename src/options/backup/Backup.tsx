/** The Backup section: export to a file, import from one, erase everything, and what was set aside. */
import { ask } from '../../ui/client';
import { Exports } from '../exports/Exports';
import { useStatus } from '../status';
import type { LogState } from '../useLog';
import { backupFileName, downloadJson } from './files';
import { Import } from './Import';
import { Quarantine } from './Quarantine';
import { Wipe } from './Wipe';

export function Backup({ state, now, reload }: { state: LogState; now: Date; reload(): void }) {
  const say = useStatus();
  const exportLog = async () => {
    const reply = await ask({ type: 'backup/export' });
    if (!reply.ok || !('backup' in reply)) {
      return say({
        text: `Nothing was exported: ${reply.ok ? 'no backup came back.' : reply.error}`,
        tone: 'error',
      });
    }
    const name = backupFileName(new Date());
    downloadJson(reply.backup, name);
    say(`Exported ${state.interviews.length} interviews to ${name}.`);
  };
  return (
    <>
      <Quarantine records={state.quarantine} />
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>
          Save your whole log and settings to a file you keep. It never leaves your computer unless you send
          it somewhere.
        </p>
        <button type="button" class="primary" onClick={() => void exportLog()}>
          Export a backup
        </button>
      </section>
      <Exports state={state} now={now} />
      <section class="card" aria-labelledby="import-title">
        <h2 id="import-title">Import</h2>
        <p>Bring back a backup. You see what will change before anything does.</p>
        <Import onImported={reload} />
      </section>
      <section class="card" aria-labelledby="wipe-title">
        <h2 id="wipe-title">Erase</h2>
        <p>Remove everything Connect Coach keeps in this browser.</p>
        <Wipe onWiped={reload} />
      </section>
    </>
  );
}
