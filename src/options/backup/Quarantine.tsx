/** Records the background could not read: shown, never hidden or deleted, and part of every export. */
import type { QuarantineEntry } from '../../storage/types';
import { formatStored } from '../../ui/format';

export function Quarantine({ records }: { records: QuarantineEntry[] }) {
  if (records.length === 0) return null;
  return (
    <section class="card quarantine" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">
        {records.length === 1
          ? 'One record could not be read'
          : `${records.length} records could not be read`}
      </h2>
      <p>
        {records.length === 1 ? 'It is' : 'They are'} kept exactly as found, set aside so the rest of your log
        works, and included in every export. Nothing is lost.
      </p>
      <ul>
        {records.map((record) => (
          <li key={`${record.key}-${record.at}`}>
            <span class="user-text">{record.reason}</span>{' '}
            <span class="meta user-text">
              ({record.key}, {formatStored(record.at)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
