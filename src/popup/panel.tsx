/**
 * The side panel (Chrome's side panel, Firefox's sidebar): the popup's views for the active tab, kept
 * current as the person moves between tabs and profiles. Nothing of it is on LinkedIn's page. It is the
 * popup's second page (popup/panel.html), not an entry point of its own: the same views in a panel.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import '../ui/theme.css';
import './popup.css';
import { loadPopup } from './load';
import { Popup } from './Popup';
import { activeTabQuery, followActiveTab, windowToFollow } from './panel-follow';

function Panel({ windowId }: { windowId: number | null }) {
  const [turn, setTurn] = useState(0);
  // Each turn is a fresh look at the active tab: the query is settled before the popup loads it.
  const query = useMemo(() => activeTabQuery(windowId), [windowId, turn]);
  const first = useMemo(() => query.then(loadPopup), [query]);
  useEffect(() => {
    if (windowId === null) return;
    const stop = new AbortController();
    followActiveTab(windowId, () => setTurn((n) => n + 1), stop.signal);
    return () => stop.abort();
  }, [windowId]);
  return <Popup key={turn} first={first} search={query} />;
}

void windowToFollow(location.search).then((windowId) =>
  render(<Panel windowId={windowId} />, document.getElementById('app')!),
);
