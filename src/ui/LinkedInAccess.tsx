/**
 * The button that asks for access to LinkedIn, shown only while it is missing (Firefox asks the person
 * for MV3 host permissions; Chrome lets them withhold it). Used by the welcome page and the popup.
 */
import { useState } from 'preact/hooks';
import { requestLinkedIn, useLinkedInAccess } from './linkedin-access';

type Answer = 'granted' | 'refused' | null;

/** `compact`: the popup's shorter wording. */
export function LinkedInAccess({ compact = false }: { compact?: boolean }) {
  const granted = useLinkedInAccess();
  const [answer, setAnswer] = useState<Answer>(null);
  const ask = () => void requestLinkedIn().then((ok) => setAnswer(ok ? 'granted' : 'refused'));

  if (granted !== false)
    return answer === 'granted' ? (
      <p class={compact ? 'notice' : 'hint'} role="status">
        Allowed. Reload any LinkedIn tab that was already open.
      </p>
    ) : null;
  return (
    <section class={compact ? 'notice' : 'card'} aria-label="Access to LinkedIn">
      <p>
        {compact
          ? 'Connect Coach can’t see LinkedIn pages yet.'
          : 'Connect Coach needs your permission to read LinkedIn profile pages. It reads only www.linkedin.com, and only on this computer.'}
      </p>
      {answer === 'refused' && (
        <p role="status">Not allowed this time. You can allow it here whenever you like.</p>
      )}
      <button type="button" onClick={ask}>
        Allow on LinkedIn
      </button>
    </section>
  );
}
