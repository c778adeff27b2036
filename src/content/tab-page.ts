/**
 * The running visit's state as the helper keeps it (src/content/visit.ts `page`), read from the helper
 * in this isolated world; empty where the helper is not (a stranger's profile).
 */
import type { VisitState } from './seam';

const NONE: VisitState = { reading: null, answer: null, dialog: null };

/** The helper's visit state now (a getter: the helper may come after this bundle). */
export const page: VisitState = {
  get reading() {
    return (globalThis.connectCoachHelper?.page ?? NONE).reading;
  },
  get answer() {
    return (globalThis.connectCoachHelper?.page ?? NONE).answer;
  },
  get dialog() {
    return (globalThis.connectCoachHelper?.page ?? NONE).dialog;
  },
};
