/**
 * The verdict for one interviewer: a badge whose words carry the meaning (the colour only repeats it),
 * one line saying what to do and when, and the reasons.
 */
import type { Advice } from '../core/rules/types';
import { formatWhen } from './format';
import { Reasons } from './Reasons';
import { VERDICT_LABEL } from './words';

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
    <div class={`verdict verdict-${advice.verdict}`} data-verdict={advice.verdict}>
      <p class="verdict-badge">{VERDICT_LABEL[advice.verdict]}</p>
      <p class="verdict-line">{verdictLine(advice, now)}</p>
      <Reasons reasons={advice.reasons} />
    </div>
  );
}

/**
 * What to do, in one sentence.
 *
 * @example
 * verdictLine({ verdict: 'wait', opensAt: new Date(2026, 2, 10, 9), … }, now) // → 'Wait until Tue 10 Mar, 09:00.'
 */
export function verdictLine(advice: Advice, now: Date): string {
  const { opensAt, idealBy, nextTouchAt } = advice;
  switch (advice.verdict) {
    case 'send':
      return idealBy && now <= idealBy
        ? `Send your request now, ideally by ${formatWhen(idealBy)}.`
        : 'Send your request now.';
    case 'prepare':
      return 'The window is open: finish your profile first, then send.';
    case 'wait':
      return opensAt ? `Wait until ${formatWhen(opensAt)}.` : 'Wait for now.';
    case 'sent':
      return 'Your invitation is out: there is nothing to do but wait.';
    case 'connected':
      if (!nextTouchAt) return 'You are connected: no message is needed for now.';
      return nextTouchAt <= now
        ? 'You are connected: a light touch is due now.'
        : `You are connected: next light touch from ${formatWhen(nextTouchAt)}.`;
    case 'avoid':
      return 'Better not to send a request for now.';
  }
}
