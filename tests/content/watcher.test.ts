// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchUrl, watchVisits } from '../../src/content/watcher';

/** A stand-in for the Navigation API: an EventTarget the test fires like the browser would. */
class FakeNavigation extends EventTarget {
  /** Listeners still attached: each counts until the signal it was given aborts. */
  live = 0;
  override addEventListener(type: string, listener: EventListener, options?: AddEventListenerOptions) {
    super.addEventListener(type, listener, options);
    this.live++;
    options?.signal?.addEventListener('abort', () => this.live--);
  }
  change(path: string) {
    history.pushState(null, '', path);
    this.dispatchEvent(new Event('currententrychange'));
  }
}

const slugOf = (href: string) => /\/in\/([^/]+)/.exec(new URL(href).pathname)?.[1] ?? null;

beforeEach(() => history.replaceState(null, '', '/feed/'));
afterEach(() => vi.useRealTimers());

describe('watchUrl with the Navigation API', () => {
  it('reports each new address once, and nothing after its signal aborts', () => {
    const nav = new FakeNavigation();
    const seen: string[] = [];
    const life = new AbortController();
    watchUrl((href) => seen.push(new URL(href).pathname), life.signal, nav);
    nav.change('/in/priya-natarajan/');
    nav.dispatchEvent(new Event('navigatesuccess')); // same address: not a change
    nav.change('/in/jordan-reyes/');
    life.abort();
    nav.change('/in/avery-stone/');
    nav.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toEqual(['/in/priya-natarajan/', '/in/jordan-reyes/']);
    expect(nav.live).toBe(0);
  });

  it('sets no timer when the browser has the Navigation API', () => {
    vi.useFakeTimers();
    watchUrl(() => {}, new AbortController().signal, new FakeNavigation());
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('watchUrl without the Navigation API (polling)', () => {
  it('notices a change within one poll and stops polling on abort', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const life = new AbortController();
    watchUrl((href) => seen.push(new URL(href).pathname), life.signal, null);
    history.pushState(null, '', '/in/priya-natarajan/');
    vi.advanceTimersByTime(500);
    expect(seen).toEqual(['/in/priya-natarajan/']);
    life.abort();
    expect(vi.getTimerCount()).toBe(0);
    history.pushState(null, '', '/in/jordan-reyes/');
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual(['/in/priya-natarajan/']);
  });
});

describe('watchVisits', () => {
  function record(nav: FakeNavigation, life = new AbortController()) {
    const log: string[] = [];
    const signals: AbortSignal[] = [];
    watchVisits(
      slugOf,
      (slug, signal) => {
        log.push(`start ${slug}`);
        signals.push(signal);
        signal.addEventListener('abort', () => log.push(`leave ${slug}`));
      },
      life.signal,
      nav,
    );
    return { log, signals, life };
  }

  it('is dormant off profile pages', () => {
    const { log } = record(new FakeNavigation());
    expect(log).toEqual([]);
  });

  it('starts a visit on a profile and keeps it across that person’s sub-routes', () => {
    const nav = new FakeNavigation();
    const { log } = record(nav);
    nav.change('/in/priya-natarajan/');
    nav.change('/in/priya-natarajan/overlay/contact-info/');
    nav.change('/in/priya-natarajan/details/experience/');
    expect(log).toEqual(['start priya-natarajan']);
  });

  it('ends the old visit before the next person’s starts, and ends it when leaving profiles', () => {
    const nav = new FakeNavigation();
    const { log, signals } = record(nav);
    nav.change('/in/priya-natarajan/');
    nav.change('/in/jordan-reyes/');
    nav.change('/feed/');
    nav.change('/jobs/'); // still no one: not a new visit
    expect(log).toEqual([
      'start priya-natarajan',
      'leave priya-natarajan',
      'start jordan-reyes',
      'leave jordan-reyes',
      // Leaving profiles is told too (the background then knows the tab shows no one).
      'start null',
    ]);
    expect(signals.slice(0, 2).every((s) => s.aborted)).toBe(true);
  });

  it('starts at once when the page opens on a profile, and ends everything when its own signal aborts', () => {
    history.replaceState(null, '', '/in/avery-stone/');
    const nav = new FakeNavigation();
    const { log, signals, life } = record(nav);
    life.abort();
    nav.change('/in/jordan-reyes/');
    expect(log).toEqual(['start avery-stone', 'leave avery-stone']);
    expect(signals[0]?.aborted).toBe(true);
  });
});
