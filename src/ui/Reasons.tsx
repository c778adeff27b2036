/** The reasons behind a verdict, most important first, as a plain list. */
import type { Reason } from '../core/rules/types';

export interface ReasonsProps {
  reasons: Reason[];
  /** Names the list for screen readers, e.g. "Why". */
  label?: string;
}

/**
 * @example
 * <Reasons reasons={advice.reasons} />
 */
export function Reasons({ reasons, label = 'Why' }: ReasonsProps) {
  if (reasons.length === 0) return null;
  return (
    <ul class="reasons" aria-label={label}>
      {reasons.map((reason, index) => (
        <li key={`${index}-${reason.code}`} class="user-text">
          {reason.text}
        </li>
      ))}
    </ul>
  );
}
