/**
 * "Open in side panel": the same coach beside the page, following the active tab (Chrome's side panel,
 * Firefox's sidebar). Both browsers open it only in answer to the person's click, so the window is looked
 * up before the click and the panel is opened first thing in the click's handler.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';

// Each browser's own panel API, read where it exists: neither is in the polyfill (src/browser.ts).
type Sidebar = { sidebarAction?: { open(): Promise<void> } };
type SidePanel = { sidePanel?: { open(options: { windowId: number }): Promise<void> } };
const firefoxSidebar = () => (globalThis as { browser?: Sidebar }).browser?.sidebarAction;
const chromeSidePanel = () => (globalThis as { chrome?: SidePanel }).chrome?.sidePanel;

/** Null where the browser has neither a side panel nor a sidebar for extensions. */
export function SidePanelButton() {
  const [windowId, setWindowId] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    browser.windows?.getCurrent().then(
      (win) => setWindowId(win.id ?? null),
      () => undefined,
    );
  }, []);
  const sidebar = firefoxSidebar();
  const sidePanel = chromeSidePanel();
  if (!sidebar && !(sidePanel && windowId !== null)) return null;
  const open = () => {
    const opened = sidebar ? sidebar.open() : sidePanel!.open({ windowId: windowId! });
    opened.then(
      () => window.close(),
      () => setFailed(true),
    );
  };
  return (
    <>
      <button type="button" onClick={open}>
        Open in side panel
      </button>
      {failed && <span role="status">The browser didn’t open the side panel.</span>}
    </>
  );
}
