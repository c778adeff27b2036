/**
 * One status line for the whole page ("Saved.", "Deleted the interview at Contoso. Undo"), announced
 * politely to screen readers. Any section can speak through `useStatus()`.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface Status {
  text: string;
  tone?: 'info' | 'error';
  /** One button beside the text, e.g. Undo. */
  action?: { label: string; run: () => void };
  /** Move focus to the action: for when the button the person pressed has just gone (e.g. Delete). */
  focusAction?: boolean;
}

type Say = (status: Status | string) => void;
const StatusContext = createContext<Say>(() => undefined);

/** The function that replaces the page's status line. */
export const useStatus = (): Say => useContext(StatusContext);

/**
 * Holds the status line and renders it after its children.
 *
 * @example
 * <StatusProvider><App /></StatusProvider>
 */
export function StatusProvider({ children }: { children: ComponentChildren }) {
  const [status, setStatus] = useState<Status | null>(null);
  const say = useCallback<Say>((next) => setStatus(typeof next === 'string' ? { text: next } : next), []);
  const value = useMemo(() => say, [say]);
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (status?.focusAction) actionRef.current?.focus();
  }, [status]);
  useClearOnSectionChange(useCallback(() => setStatus(null), []));
  return (
    <StatusContext.Provider value={value}>
      {children}
      <div
        class={`status ${status?.tone === 'error' ? 'status-error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status && (
          <>
            <span class="user-text">{status.text}</span>
            {status.action && (
              <button
                type="button"
                ref={actionRef}
                onClick={() => {
                  const { run } = status.action!;
                  setStatus(null);
                  run();
                }}
              >
                {status.action.label}
              </button>
            )}
            <button
              type="button"
              class="quiet"
              aria-label="Dismiss this message"
              onClick={() => setStatus(null)}
            >
              ×
            </button>
          </>
        )}
      </div>
    </StatusContext.Provider>
  );
}

/** The section a hash names: `#interviews/new` → `interviews`. */
const sectionOf = (hash: string): string => hash.replace(/^#/, '').split('/')[0] ?? '';

/**
 * Clears the status line when the person moves to another section: a "Saved." from Settings says nothing
 * on Follow-ups. Moving within a section (the form saved, back to the list) keeps it.
 */
function useClearOnSectionChange(clear: () => void) {
  useEffect(() => {
    let section = sectionOf(location.hash);
    const onHash = () => {
      const next = sectionOf(location.hash);
      if (next !== section) clear();
      section = next;
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [clear]);
}
