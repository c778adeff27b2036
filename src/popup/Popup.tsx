/**
 * The toolbar popup: loads its tab and the log, then shows the one view that fits the page (a logged
 * interviewer, someone new, the person's own profile, or what is due elsewhere).
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { openOptions } from '../ui/client';
import { LinkedInAccess } from '../ui/LinkedInAccess';
import { ReportButton } from '../ui/ReportButton';
import { DueNow } from './DueNow';
import { type Loaded, loadPopup } from './load';
import { Notices } from './Notices';
import { OwnProfile } from './OwnProfile';
import { PersonView } from './PersonView';
import { Remembered } from './Remembered';
import { SidePanelButton } from './SidePanelButton';
import { Stranger } from './Stranger';

/** The name of the mark the benchmark reads: the first render that shows data. */
export const RENDERED_MARK = 'popup-rendered';

/**
 * `first`: the load already under way (main.tsx starts it before rendering); `search`: the query that
 * names the tab (the popup's own address; the side panel's choice of its window's active tab).
 */
export function Popup({
  first,
  search = location.search,
}: {
  first: Promise<Loaded>;
  search?: string | Promise<string>;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const refresh = useCallback(async () => setLoaded(await loadPopup(await search)), [search]);

  // A layout effect, not an effect: an effect waits for the next frame, and the answers are often in.
  useLayoutEffect(() => {
    first.then(setLoaded);
  }, [first]);
  // Once the content with data is in the page (layout effects run before the browser paints it).
  useLayoutEffect(() => {
    if (loaded && performance.getEntriesByName(RENDERED_MARK).length === 0) performance.mark(RENDERED_MARK);
  }, [loaded]);

  return (
    <>
      <header class="bar">
        <span class="brand">Connect Coach</span>
      </header>
      <main aria-busy={loaded ? undefined : 'true'}>
        {loaded ? <Body loaded={loaded} refresh={refresh} /> : <p class="quiet">Looking at this page…</p>}
      </main>
      <footer class="bar-bottom">
        <button type="button" onClick={() => openOptions()}>
          All follow-ups and settings
        </button>
        {loaded?.tab && onLinkedIn(loaded.tab.url) && <ReportButton tabId={loaded.tab.id} />}
        {!inPanel() && <SidePanelButton />}
      </footer>
    </>
  );
}

/** LinkedIn tabs, where a page report can be made (the browser gives their address: host access). */
const onLinkedIn = (url: string | null) => !!url?.startsWith('https://www.linkedin.com/');
/** The side panel renders this component too (src/popup/panel.tsx): it has no "Open in side panel". */
const inPanel = () => document.body.classList.contains('panel');

function Body({ loaded, refresh }: { loaded: Loaded; refresh: () => Promise<void> }) {
  const { view, state, tab, now } = loaded;
  return (
    <>
      <LinkedInAccess compact />
      <Notices loaded={loaded} retry={refresh} />
      {view.kind === 'person' && state && (
        <PersonView
          match={view.match}
          reading={view.reading}
          state={state}
          tabId={tab?.id ?? null}
          noteBox={loaded.status?.noteBox ?? null}
          now={now}
          refresh={refresh}
        />
      )}
      {view.kind === 'remembered' && <Remembered answer={view.answer} tabId={tab?.id ?? null} />}
      {view.kind === 'stranger' && state && (
        <Stranger reading={view.reading} state={state} refresh={refresh} />
      )}
      {view.kind === 'own' && <OwnProfile settings={state?.settings ?? null} />}
      {view.kind === 'unread' && (
        <section aria-labelledby="unread-title">
          <h1 id="unread-title">This profile</h1>
          <p>
            {loaded.status
              ? 'LinkedIn’s page couldn’t be read just now. Reloading it often helps.'
              : // No script answered in the tab: opened before Connect Coach was installed or updated.
                'Connect Coach can’t see this page yet. Reload it, then open Connect Coach again.'}
          </p>
        </section>
      )}
      {view.kind === 'elsewhere' && state && <DueNow state={state} now={now} refresh={refresh} />}
    </>
  );
}
