/**
 * What one visit knows, shared by its features (card, note bar, log keeper, dialog watch…), each of
 * which has its own state besides: the reading, the background's answer, whether the person has shown
 * themselves, whether they confirmed a match by name, and LinkedIn's invitation dialog if it is open.
 * Features read `visit.now` and hear each change through `visit.watch`; none calls another.
 */
import type { PageAnswer, ProfileReading } from '../messages';

/** LinkedIn's invitation dialog as the dialog watch sees it; `mine` when it is for this visit's person. */
export interface Dialog {
  step: 'gate' | 'note' | 'email' | 'upsell';
  /** The element the dialog is (the bar goes at its end when there is no note box). */
  root: Element;
  textarea: HTMLTextAreaElement | null;
  limit: number | null;
  remaining: number | null;
  sendButton: Element | null;
  mine: boolean;
}

export interface Scene {
  slug: string;
  reading: ProfileReading;
  answer: PageAnswer;
  /** The outer element of this person's top card now (the card goes right after it). */
  top: Element;
  /** The person's own input was seen in this visit: before that nothing is shown (a page script alone
   * must not learn whether someone is in the log). */
  present: boolean;
  /** A match by name and company the person confirmed (always true for a match by address); false
   * until they do: no advice and no Insert before. */
  confirmed: boolean;
  /** Hidden for this visit: the person closed the card or said "not them". */
  dismissed: boolean;
  dialog: Dialog | null;
  /** The last Insert note outcome, in words; '' for none. */
  status: string;
  /** Insert note is waiting for the person to say whether to replace what they typed. */
  asking: boolean;
  /** The last Snooze or Skip outcome, in the popup's words; '' for none. */
  followed: string;
  /** That outcome can be undone. */
  canUndo: boolean;
}

export interface Visit {
  readonly now: Scene;
  readonly signal: AbortSignal;
  /** Changes the scene and tells every watcher (in the order they started watching). */
  set(patch: Partial<Scene>): void;
  watch(listener: (scene: Scene) => void): void;
}

/**
 * A visit's shared scene; its watchers go when `signal` aborts.
 *
 * @example const visit = createVisit(scene, signal); visit.watch((s) => draw(s)); visit.set({ present: true });
 */
export function createVisit(scene: Scene, signal: AbortSignal): Visit {
  let listeners: ((scene: Scene) => void)[] = [];
  signal.addEventListener('abort', () => (listeners = []), { once: true });
  return {
    get now() {
      return scene;
    },
    signal,
    set(patch) {
      if (signal.aborted) return;
      scene = { ...scene, ...patch };
      for (const listener of listeners) listener(scene);
    },
    watch(listener) {
      if (!signal.aborted) listeners.push(listener);
    },
  };
}

/** Whether the helper may show anything for this person now. */
export const visible = ({ present, dismissed, answer }: Scene): boolean =>
  present && !dismissed && answer.showHelper;
