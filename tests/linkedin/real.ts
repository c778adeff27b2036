/**
 * The real LinkedIn pages of tests/fixtures/linkedin-real (copies of shared/fixtures/linkedin-real: saved
 * from logged-in browsers, personal data replaced, structure kept, no CSS) and what each shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openHtml } from './pages';

export const REAL_DIR = join(import.meta.dirname, '../fixtures/linkedin-real');
export const loadReal = (file: string, slug: string) =>
  openHtml(readFileSync(join(REAL_DIR, file), 'utf8'), `https://www.linkedin.com/in/${slug}/`);

/** What each page shows, as its README says (and as a person looking at it would read it). */
export const REAL = {
  'ember-2024-07-2nd-connect.html': {
    slug: 'sus-gozotil-tifodomiv-74932e73',
    name: 'Guh Fanuvub Nozihokub',
    headline: 'PORu certified Dugul Micano @ Hekobaza | Kibu Nikozu Cinica Vasagolav',
    company: 'Hekobaza', // not the school listed after it
    degree: '2nd', // the aria-hidden visible badge
    relation: 'can-connect',
    own: false,
    connectAt: 'top-card',
    layout: 'ember',
    found: 'structure',
  },
  'ember-2024-07-3rd-follow-more.html': {
    slug: 'sevemegat',
    name: 'Gasur Bali',
    headline: 'Gizot member of Retoluzo HI',
    company: 'Simazoloti.od',
    degree: '3rd',
    relation: 'follow-only',
    own: false,
    connectAt: 'more',
    layout: 'ember',
    found: 'structure',
  },
  'ember-2024-08-1st.html': {
    slug: 'bazohafoficab',
    name: 'Zoheboko Rinic',
    headline: 'Analytics Solutions | Dazu Vasagolav & Setifuve | Dazu Analytics Fugiro | Vuvaj Rozadeke guru',
    company: 'Guki Zocufafacer Services',
    degree: '1st',
    relation: 'connected', // Message is the primary <button>: not "follow-only"
    own: false,
    connectAt: 'none',
    layout: 'ember',
    found: 'structure',
  },
  'sdui-2026-09-own-topcard.html': {
    slug: 'gezulotivahot2381',
    name: 'Jicube Hejozeg',
    headline:
      'Sacudoh Setifuve | Sabevik Ranevuzesur | Viva-Icubevuloba Sacudoh & Dazu Safijeg | NuhEF | MIP Safijeg | Kenupa, Rojeni, Tetih, PitaJIB, Vepina | Mabinir | Dazu Vovoluvete & Misejafema | Me-Ipefuh',
    company: 'MubOni Cuhoc', // "MubOni Cuhoc · VU Karer …": the company before the school
    degree: null,
    relation: 'unknown',
    own: true,
    connectAt: 'none',
    layout: 'sdui',
    found: 'structure', // by the name's ProfileVerificationTriggerRef link, not a Topcard key
  },
} as const;
