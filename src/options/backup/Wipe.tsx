/** Erasing everything, behind a typed confirmation (not a dialog that is too easy to wave through). */
import { useState } from 'preact/hooks';
import { ask } from '../../ui/client';
import { useStatus } from '../status';
import { TypedConfirm, typedWord } from './TypedConfirm';

const WORD = 'ERASE';

export function Wipe({ onWiped }: { onWiped(): void }) {
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const say = useStatus();
  const wipe = async (event: Event) => {
    event.preventDefault();
    if (!typedWord(typed, WORD)) return;
    const reply = await ask({ type: 'store/wipe' });
    if (!reply.ok) return say({ text: `Nothing was erased: ${reply.error}`, tone: 'error' });
    setAsking(false);
    setTyped('');
    say('Everything was erased from this browser.');
    onWiped();
  };
  if (!asking) {
    return (
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        Erase everything…
      </button>
    );
  }
  return (
    <form class="wipe" onSubmit={wipe}>
      <p id="wipe-warning">
        This erases every interview, interviewer and setting from this browser, and can't be undone. Export a
        backup first if you might want them again.
      </p>
      <TypedConfirm
        id="wipe-confirm"
        word={WORD}
        warning="wipe-warning"
        typed={typed}
        onType={setTyped}
        focus
      />
      <div class="actions">
        <button type="submit" class="danger" disabled={!typedWord(typed, WORD)}>
          Erase everything
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
