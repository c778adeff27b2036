/** The Backup page's calendar and spreadsheet exports: files the person opens in the apps they already use. */
import { useStatus } from '../status';
import type { LogState } from '../useLog';
import { downloadCalendar, downloadCsv } from './exports';

const failed = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function Exports({ state, now }: { state: LogState; now: Date }) {
  const say = useStatus();
  const { interviews, settings } = state;
  const calendar = async () => {
    try {
      const { name, count } = await downloadCalendar({ interviews, settings, now });
      say(`Saved ${count} follow-up${count === 1 ? '' : 's'} to ${name}. Open it with your calendar app.`);
    } catch (error) {
      say({ text: `No calendar file was made: ${failed(error)}`, tone: 'error' });
    }
  };
  const csv = async () => {
    try {
      say(`Saved your log to ${await downloadCsv(interviews, now)}.`);
    } catch (error) {
      say({ text: `No spreadsheet file was made: ${failed(error)}`, tone: 'error' });
    }
  };
  return (
    <section class="card" aria-labelledby="exports-title">
      <h2 id="exports-title">Calendar and spreadsheet</h2>
      <p>
        Your follow-ups as calendar events with a reminder (importing a newer file updates them instead of
        adding copies), or your whole log as a spreadsheet. Made here, saved on your computer.
      </p>
      <div class="actions">
        <button type="button" onClick={() => void calendar()}>
          Export calendar (.ics)
        </button>
        <button type="button" onClick={() => void csv()}>
          Export CSV
        </button>
      </div>
    </section>
  );
}
