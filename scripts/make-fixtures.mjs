// Writes the LinkedIn stand-in pages (tests/fixtures/linkedin/) from one page generator,
// tests/fixtures/linkedin/generator.js, which each page also carries in its own <script> (its behaviour:
// the invitation flow, the controlled note box, in-page navigation). The generator follows the real pages
// in tests/fixtures/linkedin-real; tests/linkedin/pages.agreement.test.ts checks that they agree.
// One trap the generator can't express (a layout that drifted) is made by editing its HTML; each edit
// must find its anchor or the script stops.
//
//   node scripts/make-fixtures.mjs          write the pages
//   node scripts/make-fixtures.mjs --check  fail if a page on disk differs from what would be written
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/linkedin');
const GENERATOR = join(DIR, 'generator.js');

/** The generator's source, as each page carries it. */
export const generatorScript = () => readFileSync(GENERATOR, 'utf8');

/** The generator's functions, without running the page behaviour (its last line is `run();`). */
export function loadGenerator(script = generatorScript()) {
  const body = script.replace(/\nrun\(\);\s*$/, '\n');
  if (body === script) throw new Error('the generator no longer ends with run();');
  return new Function(`${body}\nreturn { page, TEXT, emberTopCard, sduiTopCard };`)();
}

/** Everyone the pages show: the person of each page and the people in its rail. */
export const CAST = {
  'avery-stone': {
    slug: 'avery-stone',
    name: 'Avery Stone',
    headline: 'Engineering Manager at Northwind Labs',
    company: 'Northwind Labs',
    memberId: '100000001',
    profileId: 'ACoAAYXZlcnktc3RvbmUxK9q',
    about: 'Avery builds teams and products.',
    state: 'connect',
  },
  'priya-natarajan': {
    slug: 'priya-natarajan',
    name: 'Priya Natarajan',
    headline: 'Director of Product · Hiring for Platform',
    company: 'Contoso Health',
    memberId: '100000002',
    profileId: 'ACoAAcHJpeWEtbmF0YXJhamFuxK9q',
    about: 'Priya builds teams and products.',
    state: 'connect',
  },
  'mateo-alvarez-7731': {
    slug: 'mateo-alvarez-7731',
    name: 'Mateo Alvarez',
    headline: 'Senior Technical Recruiter at Fabrikam',
    company: 'Fabrikam',
    memberId: '100000003',
    profileId: 'ACoAAbWF0ZW8tYWx2YXJlei03xK9q',
    about: 'Mateo builds teams and products.',
    state: 'connect',
  },
  'lena-fischer': {
    slug: 'lena-fischer',
    name: 'Lena Fischer',
    headline: 'VP Engineering | Speaker | Angel investor',
    company: 'Tailspin Toys',
    memberId: '100000004',
    profileId: 'ACoAAbGVuYS1maXNjaGVyxK9q',
    about: 'Lena builds teams and products.',
    state: 'connect',
  },
  'jordan-reyes': {
    slug: 'jordan-reyes',
    name: 'Jordan Reyes',
    headline: 'Staff Engineer at Northwind Labs',
    company: 'Northwind Labs',
    memberId: '100000005',
    profileId: 'ACoAAam9yZGFuLXJleWVzxK9q',
    about: 'Jordan builds teams and products.',
    state: 'connect',
  },
  'chen-wei-dev': {
    slug: 'chen-wei-dev',
    name: 'Wei Chen',
    headline: 'Data Scientist at Globex',
    company: 'Globex',
    memberId: '100000006',
    profileId: 'ACoAAY2hlbi13ZWktZGV2xK9q',
    about: 'Wei builds teams and products.',
    state: 'connect',
  },
  'sam-oconnor': {
    slug: 'sam-oconnor',
    name: "Sam O'Connor",
    headline: 'Head of Talent at Globex',
    company: 'Globex',
    memberId: '100000007',
    profileId: 'ACoAAc2FtLW9jb25ub3IxK9q',
    about: 'Sam builds teams and products.',
    state: 'connect',
  },
  'zoe-kowalczyk-4b1a2': {
    slug: 'zoe-kowalczyk-4b1a2',
    name: 'Zoë Kowalczyk',
    headline: 'Responsable produit chez Fabrikam',
    company: 'Fabrikam',
    memberId: '100000008',
    profileId: 'ACoAAem9lLWtvd2FsY3p5ay00xK9q',
    about: 'Zoë builds teams and products.',
    state: 'connect',
  },
  'noah-becker': {
    slug: 'noah-becker',
    name: 'Noah Becker',
    headline: 'CEO at Litware | Investor | Keynote speaker',
    company: 'Litware',
    memberId: '100000009',
    profileId: 'ACoAAbm9haC1iZWNrZXIxK9q',
    about: 'Noah builds teams and products.',
    state: 'connect',
  },
  'bj%C3%B6rn-%C3%A5berg': {
    slug: 'bj%C3%B6rn-%C3%A5berg',
    name: 'Björn Åberg',
    headline: 'Principal Designer at Wide World Importers',
    company: 'Wide World Importers',
    memberId: '100000010',
    profileId: 'ACoAAYmolQzMlQjZybi0lQzMlxK9q',
    about: 'Björn builds teams and products.',
    state: 'connect',
  },
};

/** One page: the cast, this person's state, the generator's HTML with its script inside. */
export function render({ state = 'connect', person, edit, notifications, ...options }) {
  const script = generatorScript();
  const {
    layout,
    slug,
    lang = 'en',
    tier = 'free',
    quota = null,
    rail = ['jordan-reyes', 'chen-wei-dev'],
  } = options;
  const cfg = { layout, slug, lang, tier, quota, people: structuredClone(CAST), rail };
  for (const knob of ['gate', 'gateButtons', 'dialogDelayMs', 'email', 'large'])
    if (options[knob] !== undefined) cfg[knob] = options[knob];
  if (notifications) cfg.notifications = notifications;
  // A person outside the cast (the hostile page) starts from a cast member's ids.
  cfg.people[slug] ??= { ...cfg.people['priya-natarajan'], slug };
  Object.assign(cfg.people[slug], { state }, person);
  const gen = loadGenerator(script);
  let html = gen.page(cfg);
  if (edit) html = edit(html, { p: cfg.people[slug], t: gen.TEXT[lang], gen });
  return html.replace('/*FAKE_SCRIPT*/', () => script);
}

/** Replaces `pattern` once (or every match, for a /g pattern), and stops the script when it matches nothing. */
function must(html, pattern, replacement) {
  const out = html.replace(pattern, replacement);
  if (out === html) throw new Error(`fixture edit found no ${pattern}`);
  return out;
}

/** LinkedIn's next rebuild, imagined: no componentkey, no h1/h2 name, new class names and words, the
 * degree moved. The Connect link keeps its href, so the page still opens the dialog. */
function drift(html, { p }) {
  html = must(
    html,
    /<section (class="[^"]*") componentkey="[^"]*">([\s\S]*?)<\/section>/,
    '<article $1>$2</article>',
  );
  html = must(html, / id="com\.linkedin\.sdui\.profile\.card\.[^"]*"/, '');
  html = must(html, /componentkey="[^"]*?(\w{0,8})"/g, 'data-view-name="$1"');
  html = must(html, /<h2 (class="[^"]*")>([^<]*)<\/h2>/, '<span $1>$2</span>');
  html = must(html, /<p (class="[^"]*")>· 2nd<\/p>/, '<span $1>2nd</span>');
  html = must(
    html,
    new RegExp(`aria-label="Invite ${p.name} to connect"`, 'g'),
    `aria-label="Add ${p.name} to your network"`,
  );
  return must(html, /class="([^"]*)"/g, (_, names) => `class="${[...names].reverse().join('')}"`);
}

const own = { own: true };
const bare = { own: true, noPhoto: true, about: '' };

/** Every page, by file name (README.md says what each shows). */
export const PAGES = {
  // Ember (2021-2025)
  'ember-connect.html': { layout: 'ember', slug: 'avery-stone', quota: 5 },
  'ember-hashed-connect.html': {
    layout: 'ember',
    slug: 'priya-natarajan',
    quota: 5,
    person: { hashed: true },
    gate: 'alertdialog',
    gateButtons: 3,
    dialogDelayMs: 1500,
  },
  'ember-email-gate.html': { layout: 'ember', slug: 'noah-becker', quota: 5, email: true },
  'ember-pending.html': { layout: 'ember', slug: 'mateo-alvarez-7731', quota: 5, state: 'pending' },
  'ember-connected.html': {
    layout: 'ember',
    slug: 'jordan-reyes',
    quota: 5,
    rail: ['avery-stone', 'chen-wei-dev'],
    state: 'connected',
  },
  'ember-follow-more.html': {
    layout: 'ember',
    slug: 'lena-fischer',
    quota: 3,
    state: 'follow',
    person: { connectInMore: true },
    dialogDelayMs: 800,
  },
  'ember-follow.html': { layout: 'ember', slug: 'noah-becker', tier: 'premium', state: 'follow' },
  'ember-fr-pending.html': {
    layout: 'ember',
    slug: 'bj%C3%B6rn-%C3%A5berg',
    lang: 'fr',
    quota: 4,
    state: 'pending',
  },
  'ember-notes-used-up.html': { layout: 'ember', slug: 'avery-stone', quota: 0 },
  'ember-sticky-follow.html': {
    layout: 'ember',
    slug: 'sam-oconnor',
    quota: 5,
    state: 'follow',
    person: { connectInMore: true, hashed: true },
  },
  'ember-own.html': { layout: 'ember', slug: 'avery-stone', quota: 5, state: 'none', person: own },
  'ember-own-bare.html': { layout: 'ember', slug: 'sam-oconnor', quota: 5, state: 'none', person: bare },
  // 2026 (server-driven)
  'sdui-connect.html': {
    layout: 'sdui',
    slug: 'priya-natarajan',
    tier: 'premium',
    notifications: 3,
    gate: 'alertdialog',
  },
  'sdui-h1-connect.html': {
    layout: 'sdui',
    slug: 'sam-oconnor',
    quota: 5,
    person: { nameTag: 'h1' },
    gate: 'aria-modal',
    gateButtons: 3,
    dialogDelayMs: 2000,
  },
  'sdui-email-gate.html': {
    layout: 'sdui',
    slug: 'noah-becker',
    quota: 5,
    gate: 'alertdialog',
    gateButtons: 3,
    email: true,
  },
  'sdui-connected.html': {
    layout: 'sdui',
    slug: 'jordan-reyes',
    quota: 5,
    rail: ['avery-stone', 'chen-wei-dev'],
    state: 'connected',
  },
  'sdui-follow-more.html': {
    layout: 'sdui',
    slug: 'lena-fischer',
    quota: 3,
    state: 'follow',
    person: { connectInMore: true },
    gate: 'alertdialog',
    gateButtons: 3,
    dialogDelayMs: 1200,
  },
  'sdui-follow.html': { layout: 'sdui', slug: 'noah-becker', tier: 'premium', state: 'follow' },
  'sdui-fr-connect.html': {
    layout: 'sdui',
    slug: 'zoe-kowalczyk-4b1a2',
    lang: 'fr',
    quota: 4,
    gate: 'aria-modal',
  },
  'sdui-large.html': {
    layout: 'sdui',
    slug: 'avery-stone',
    quota: 5,
    gate: 'alertdialog',
    large: { cards: 150, churnMs: 50 },
  },
  'sdui-notes-used-up.html': { layout: 'sdui', slug: 'avery-stone', quota: 0, gate: 'alertdialog' },
  'sdui-pending.html': { layout: 'sdui', slug: 'mateo-alvarez-7731', quota: 5, state: 'pending' },
  'sdui-own.html': { layout: 'sdui', slug: 'priya-natarajan', quota: 5, state: 'none', person: own },
  'sdui-own-bare.html': {
    layout: 'sdui',
    slug: 'chen-wei-dev',
    quota: 5,
    rail: ['jordan-reyes', 'avery-stone'],
    state: 'none',
    person: bare,
  },
  'sdui-drift.html': { layout: 'sdui', slug: 'chen-wei-dev', quota: 5, rail: [], edit: drift },
  // Text read from LinkedIn is text: markup, bidi and zero-width controls, and a 3,000-letter word, in the
  // name, headline, company and About (tests/support/hostile.ts, tests/e2e/hardening-hostile.e2e.ts).
  'hostile-sdui-connect.html': {
    layout: 'sdui',
    slug: 'rene-hostile-test',
    quota: 5,
    rail: [],
    gate: 'alertdialog',
    person: {
      name: 'Re\u200Dné <img src=x onerror="window.__pwned=1"> \u202EnamuH',
      headline: `<script>window.__pwned=1</script> Talent partner ${'h'.repeat(3000)}`,
      company: 'Contoso <img src=x onerror="window.__pwned=1">',
      memberId: '100000666',
      profileId: 'ACoAAcmVuZS1ob3N0aWxlxK9q',
      about: '<img src=x onerror="window.__pwned=1"> builds teams and products.',
    },
  },
};

function main(check) {
  const stale = [];
  for (const [file, options] of Object.entries(PAGES)) {
    const html = render(options);
    const path = join(DIR, file);
    if (!check) writeFileSync(path, html);
    else if (readFileSync(path, 'utf8') !== html) stale.push(file);
  }
  if (stale.length) {
    console.error(`Out of date: ${stale.join(', ')}. Run node scripts/make-fixtures.mjs`);
    process.exit(1);
  }
  console.log(`${check ? 'Checked' : 'Wrote'} ${Object.keys(PAGES).length} pages in ${DIR}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.includes('--check'));
