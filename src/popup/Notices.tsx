/** Calm words about what went wrong around the page, never in the way of what still works. */
import type { Loaded } from './load';

export function Notices({ loaded, retry }: { loaded: Loaded; retry: () => Promise<void> }) {
  const { state, stateError } = loaded;
  const setAside = state ? state.quarantine.length : 0;
  return (
    <>
      {stateError && (
        <div class="notice" role="status">
          <p>Connect Coach couldn’t open your log just now. Nothing is lost.</p>
          <button type="button" onClick={() => void retry()}>
            Try again
          </button>
        </div>
      )}
      {setAside > 0 && (
        <p class="notice" role="status">
          {setAside === 1 ? 'One saved record' : `${setAside} saved records`} couldn’t be read, so{' '}
          {setAside === 1 ? 'it is' : 'they are'} kept aside, untouched. The Backup section of the options
          page has {setAside === 1 ? 'it' : 'them'}.
        </p>
      )}
      {state?.readOnly && (
        <p class="notice" role="status">
          Your log was saved by a newer version of Connect Coach, so nothing can be changed until this one
          updates.
        </p>
      )}
    </>
  );
}
