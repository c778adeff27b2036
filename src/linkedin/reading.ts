/**
 * What a profile page says of its person (see `readProfile`). Declared here, in plain types, because
 * src/linkedin imports nothing but itself; src/messages.ts validates it with `ProfileReadingSchema`, and a
 * type test (tests/messages.types.ts) keeps the two the same.
 */

/** Which of LinkedIn's layouts a card is in: Ember (2021–2025), server-driven (2026), or neither. */
export type Layout = 'ember' | 'sdui' | 'unknown';

export interface ProfileReading {
  slug: string;
  name: string | null;
  headline: string | null;
  company: string | null;
  degree: '1st' | '2nd' | '3rd' | null;
  relation: 'can-connect' | 'pending' | 'connected' | 'follow-only' | 'unknown';
  own: boolean;
  /** Where Connect is offered: in the top card, under More, or not at all. */
  connectAt?: 'top-card' | 'more' | 'none' | undefined;
  /** Which of LinkedIn's layouts the top card was in. */
  layout?: Layout | undefined;
  /** How the top card was found: by LinkedIn's known structure, or by the expected name and slug. */
  found?: 'structure' | 'name' | undefined;
}
