/**
 * The verdict for one interviewer: a badge whose words carry the meaning (the colour only repeats it),
 * one line saying what to do and when, and the reasons behind a "Why" disclosure.
 */
import { summarise } from '../core/rules/summary';
import type { Advice } from '../core/rules/types';
import { verdictStyle } from '../core/verdicts';
import { Reasons } from './Reasons';
import { VerdictBadge } from './VerdictBadge';

export interface VerdictCardProps {
  advice: Advice;
  /** The moment the advice was computed for (the same `now` given to advise()). */
  now: Date;
}

/**
 * @example
 * <VerdictCard advice={advise({ interview, interviewerId, settings, now })} now={now} />
 */
export function VerdictCard({ advice, now }: VerdictCardProps) {
  return (
    <div class="verdict" data-verdict={advice.verdict} style={verdictStyle(advice.verdict)}>
      <p class="verdict-head">
        <VerdictBadge verdict={advice.verdict} />
      </p>
      <p class="verdict-line">{summarise(advice, now)}</p>
      {advice.reasons.length > 0 && (
        <details class="why">
          <summary>Why</summary>
          <Reasons reasons={advice.reasons} />
        </details>
      )}
    </div>
  );
}
