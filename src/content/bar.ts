/**
 * The bar bundle: our bar in LinkedIn's invitation dialog (dialog-bar.ts, note-bar.ts), injected by the
 * background only once a visit's person has their invitation dialog open (`page/bar`), since most visits
 * never open it. It leaves its `init` in the isolated world for the helper, which hands it the visit.
 */
import { init } from './dialog-bar';

globalThis.connectCoachBar ??= init;

declare global {
  // The isolated world's global: the bar's init, for the helper's visits.
  var connectCoachBar: typeof init | undefined;
}
