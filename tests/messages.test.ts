/**
 * The protocol (src/messages.ts) is checked by the compiler: a handler that answers something else than
 * `Replies` says, or a missing handler, fails `npm run typecheck`; `ask`'s reply type follows from the
 * message. Each `@ts-expect-error` below fails the typecheck if the error it expects ever goes away.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { askReading, ask as contentAsk } from '../src/content/messaging';
import type { ProfileReading } from '../src/linkedin/reading';
import type { Handler, Handlers, ProfileReadingSchema, Reply } from '../src/messages';
import type { PageAnswer } from '../src/replies';
import type { LinkedInCheck } from '../src/storage/check';
import type { Failure } from '../src/storage/types';
import type { ask } from '../src/ui/client';

const check: LinkedInCheck = { read: {}, failure: null };

describe('the handlers must answer what the map says', () => {
  it('a handler answering its reply, or a failure, is accepted', () => {
    const right: Handler<'check/get'> = async () => ({ ok: true, check });
    const refused: Handler<'check/get'> = async () => ({ ok: false, error: 'Storage is full.' });
    expectTypeOf(right).toEqualTypeOf(refused);
  });

  it('a handler whose reply drifted is refused', () => {
    // @ts-expect-error check/get answers { ok: true, check }, not a report
    const drifted: Handler<'check/get'> = async () => ({ ok: true, report: 'text' });
    // @ts-expect-error page/reading answers a PageAnswer or null, never a bare verdict
    const wrongShape: Handler<'page/reading'> = async () => ({ verdict: 'send' });
    // @ts-expect-error a failure carries a sentence
    const mute: Handler<'store/wipe'> = async () => ({ ok: false });
    expectTypeOf(drifted).not.toBeAny();
    expectTypeOf(wrongShape).not.toBeAny();
    expectTypeOf(mute).not.toBeAny();
  });

  it('a map of handlers missing one is refused', () => {
    // @ts-expect-error every message type needs its handler
    const partial: Handlers = { 'check/get': async () => ({ ok: true, check }) };
    expectTypeOf(partial).not.toBeAny();
  });
});

describe('ask answers the reply of the message it sent', () => {
  it('on the pages: the reply or a failure', () => {
    type CheckReply = Awaited<ReturnType<typeof ask<{ type: 'check/get' }>>>;
    expectTypeOf<CheckReply>().toEqualTypeOf<Reply<'check/get'>>();
    expectTypeOf<Reply<'check/get'>>().toEqualTypeOf<{ ok: true; check: LinkedInCheck } | Failure>();
  });

  it('in the content script: the reply or a failure, or nothing from an orphaned script', () => {
    type Reading = Awaited<ReturnType<typeof contentAsk<{ type: 'page/reading'; reading: ProfileReading }>>>;
    expectTypeOf<Reading>().toEqualTypeOf<PageAnswer | null | Failure | undefined>();
    // What the card is drawn from: a failure is no answer.
    expectTypeOf<Awaited<ReturnType<typeof askReading>>>().toEqualTypeOf<PageAnswer | null | undefined>();
  });
});

describe('one reading, two declarations kept the same', () => {
  it('the schema the background checks and the type src/linkedin reads into agree', () => {
    expectTypeOf<z.infer<typeof ProfileReadingSchema>>().toEqualTypeOf<ProfileReading>();
  });
});
