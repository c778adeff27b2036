/**
 * The spelling check off the page's thread: the dictionary takes about 0.1 s to parse and a suggestion
 * for an odd word can take longer, so both happen here and never hold up typing. Builds the dictionary
 * as soon as it starts; answers each `{ id, text, known }` with `{ id, findings }`.
 */
import { findMisspellings } from '../core/notes/misspelt';
import { isKnownWord } from '../core/notes/spelling';
import type { SpellReply, SpellRequest } from './spelling-client';

isKnownWord('warm');
addEventListener('message', ({ data }: MessageEvent<SpellRequest>) => {
  const reply: SpellReply = { id: data.id, findings: findMisspellings(data.text, new Set(data.known)) };
  postMessage(reply);
});
