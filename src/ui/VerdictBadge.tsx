/** The verdict's words in its colour, from the one shared table (src/core/verdicts.ts). */
import type { Verdict } from '../core/rules/types';
import { VERDICTS, verdictStyle } from '../core/verdicts';

/** @example <VerdictBadge verdict="send" /> // “Send now”, in the send colour */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class="verdict-badge" data-verdict={verdict} style={verdictStyle(verdict)}>
      {VERDICTS[verdict].label}
    </span>
  );
}
