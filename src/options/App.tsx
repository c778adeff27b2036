/** The options page: a header, the sections' nav, and the section the address names. */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Settings } from '../core/model';
import { ask } from '../ui/client';
import { Backup } from './backup/Backup';
import { FollowUps } from './followups/FollowUps';
import { Interviews } from './interviews/Interviews';
import { Profile } from './profile/Profile';
import { type Route, SECTIONS, type Section, useRoute } from './route';
import { Settings as SettingsSection } from './settings/Settings';
import { useStatus } from './status';
import { useLog } from './useLog';
import { useNow } from './useNow';
import { Welcome } from './welcome/Welcome';

const TITLES: Record<Section | 'welcome', string> = {
  'follow-ups': 'Follow-ups',
  interviews: 'Interviews',
  profile: 'Your profile',
  settings: 'Settings',
  backup: 'Backup',
  welcome: 'Welcome to Connect Coach',
};

export function App() {
  const route = useRoute();
  const log = useLog();
  const now = useNow();
  const say = useStatus();
  useRenderedMark(log.state !== null);
  const heading = useFocusOnRouteChange(route, log.state !== null);

  const patchSettings = async (patch: Partial<Settings>) => {
    const reply = await ask({ type: 'settings/patch', patch });
    if (!reply.ok) return say({ text: `Not saved: ${reply.error}`, tone: 'error' });
    await log.reload();
    say('Saved.');
  };

  const { state } = log;
  return (
    <div class="page">
      <header class="top">
        <p class="brand">Connect Coach</p>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section}>
                <a href={`#${section}`} aria-current={route.section === section ? 'page' : undefined}>
                  {TITLES[section]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <h1 tabIndex={-1} ref={heading}>
          {TITLES[route.section]}
        </h1>
        {log.error && (
          <p class="error" role="alert">
            Your log could not be read just now: {log.error}
          </p>
        )}
        {!state ? (
          !log.error && <p class="empty">Loading your log…</p>
        ) : route.section === 'welcome' ? (
          <Welcome settings={state.settings} onPatch={patchSettings} />
        ) : route.section === 'follow-ups' ? (
          <FollowUps state={state} now={now} reload={log.reload} />
        ) : route.section === 'interviews' ? (
          <Interviews state={state} route={route} now={now} reload={log.reload} />
        ) : route.section === 'profile' ? (
          <Profile settings={state.settings} onPatch={patchSettings} />
        ) : route.section === 'settings' ? (
          <SettingsSection settings={state.settings} onPatch={patchSettings} />
        ) : (
          <Backup state={state} now={now} reload={log.reload} />
        )}
      </main>
    </div>
  );
}

/** Marks the first render with the log's data, for the benchmark (bench/options.bench.ts). */
function useRenderedMark(ready: boolean) {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    performance.mark('options-rendered');
  }, [ready]);
}

/** After moving between sections, focus goes to the new heading (or the form's first field). Not on the
 * first load, except straight into a form (e.g. from the welcome page's button in another tab). */
function useFocusOnRouteChange(route: Route, ready: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const last = useRef<string | null>(null);
  const key = JSON.stringify(route);
  useEffect(() => {
    if (!ready || last.current === key) return;
    const initial = last.current === null;
    last.current = key;
    const field = 'edit' in route ? document.querySelector<HTMLElement>('[data-field="company"]') : null;
    if (initial && !field) return;
    (field ?? heading.current)?.focus();
  }, [key, ready]);
  return heading;
}
