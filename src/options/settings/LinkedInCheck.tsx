/**
 * Settings › LinkedIn check: whether Connect Coach could read LinkedIn lately, per layout, and the last
 * page it couldn't, so a person sees at a glance whether LinkedIn changed, with the page report beside it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LinkedInCheck as Check } from '../../storage/check';
import { ask } from '../../ui/client';
import { formatStored } from '../../ui/format';
import { ReportButton } from '../../ui/ReportButton';

const LAYOUTS = [
  { key: 'sdui', label: 'LinkedIn’s 2026 layout' },
  { key: 'ember', label: 'LinkedIn’s 2021–2025 layout' },
] as const;

const WHAT: Record<NonNullable<Check['failure']>['what'], string> = {
  'layout-unknown': 'a profile in a layout Connect Coach doesn’t know',
  'no-top-card': 'a profile whose top card it couldn’t find',
  'no-note-box': 'an invitation dialog whose note box it couldn’t find',
};

/** One line per layout: "read correctly Tue 1 Dec, 09:12" or "not seen yet". */
export function checkLines(check: Check): string[] {
  return LAYOUTS.map(({ key, label }) => {
    const seen = check.read[key];
    if (!seen) return `${label}: not seen yet.`;
    const how = seen.found === 'name' ? ' (found by the person’s name: LinkedIn may be changing it)' : '';
    return `${label}: read correctly ${formatStored(seen.at)}${how}.`;
  });
}

export function LinkedInCheck() {
  const [check, setCheck] = useState<Check | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void ask({ type: 'check/get' }).then((reply) =>
      reply.ok ? setCheck(reply.check) : setError(reply.error),
    );
  }, []);
  return (
    <fieldset class="linkedin-check">
      <legend>LinkedIn check</legend>
      {error && <p role="alert">{error}</p>}
      {check && (
        <ul>
          {checkLines(check).map((line) => (
            <li key={line}>{line}</li>
          ))}
          <li>
            {check.failure
              ? `Last page it couldn’t read: ${WHAT[check.failure.what]}, ${formatStored(check.failure.at)}.`
              : 'No page it couldn’t read.'}
          </li>
        </ul>
      )}
      <p class="hint" id="report-hint">
        If Connect Coach misreads a LinkedIn page, open that page and copy a page report: the page’s structure
        with every name and text replaced. Nothing is sent; paste it into a bug report.
      </p>
      <ReportButton describedBy="report-hint" />
    </fieldset>
  );
}
