/**
 * One visit to a logged person's profile, as small features that share the visit's scene (refined-
 * github style: each `init`s itself with the visit and keeps its own state): presence (nothing shows
 * before the person's own input), the top-card reader, the dialog watch, the card, the note bar (its
 * own bundle, asked for when this person's dialog opens) and the log keeper. Everything they add and every listener goes when the visit's signal aborts.
 */
import { outermost } from '../linkedin';
import type { PageAnswer, ProfileReading } from '../messages';
import * as card from './card';
import * as dialogWatch from './dialog-watch';
import { insertActions } from './insert';
import type { InsertActions } from './insert-row';
import * as logKeeper from './log-keeper';
import { ask } from './messaging';
import * as presence from './presence';
import * as reader from './reader';
import { createVisit, type Dialog, type Visit } from './scene';

/**
 * Coaches one visit, given this person's top card, the first reading and the background's answer to
 * it. `onUpdate` hears each new reading and answer (the popup's tab/status reports the latest).
 *
 * @example coach('priya-natarajan', topCard, reading, answer, visit.signal, (now) => Object.assign(page, now));
 */
export function coach(
  slug: string,
  top: Element,
  reading: ProfileReading,
  answer: PageAnswer,
  signal: AbortSignal,
  onUpdate: (now: { reading: ProfileReading; answer: PageAnswer; dialog: Dialog | null }) => void,
): void {
  const visit = createVisit(
    {
      slug,
      reading,
      answer,
      top: outermost(top),
      present: false,
      confirmed: !answer.byName,
      dismissed: false,
      dialog: null,
      status: '',
      asking: false,
      followed: '',
      canUndo: false,
    },
    signal,
  );
  // Never fight the page: if LinkedIn keeps dropping what we add, stop putting it back.
  let moves = 0;
  const calm = () => moves++ < 100;
  const actions = insertActions(visit);
  // The popup's tab/status reports the latest reading and answer (Insert's fresh draft included), and
  // its Insert goes only into a dialog the dialog watch found to be this person's.
  visit.watch(({ reading, answer, dialog }) => onUpdate({ reading, answer, dialog }));
  presence.init(visit);
  reader.init(visit);
  dialogWatch.init(visit);
  logKeeper.init(visit);
  card.init(visit, actions, calm);
  barOnDemand(visit, actions, calm);
}

/**
 * The bar in LinkedIn's dialog comes in its own bundle (src/content/bar.ts): asked of the background
 * once this person's invitation dialog first opens in the visit, then handed the visit.
 *
 * @example barOnDemand(visit, actions, calm);
 */
function barOnDemand(visit: Visit, actions: InsertActions, calm: () => boolean): void {
  let asked = false;
  const start = () => globalThis.connectCoachBar?.(visit, actions, calm);
  visit.watch(({ dialog }) => {
    if (!dialog?.mine || asked) return;
    asked = true;
    if (globalThis.connectCoachBar) start();
    else void ask({ type: 'page/bar' }).then(start);
  });
}
