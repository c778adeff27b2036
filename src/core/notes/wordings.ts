/**
 * Every wording of a note, several per tone (NOTE_VARIANTS counts them for the UI). The wordings
 * themselves live in wordings-open.ts (outcome still open) and wordings-known.ts (rejection or offer).
 */
import type { Tone } from '../rules/types';
import type { Wording } from './wording';
import { gracious, welcome } from './wordings-known';
import { late, nudge, thanks } from './wordings-open';

export const WORDINGS: Readonly<Record<Tone, readonly Wording[]>> = {
  thanks,
  nudge,
  late,
  gracious,
  welcome,
};
