// Writes the extra LinkedIn fixture pages (tests/fixtures/linkedin/) from the page generator that the
// shipped fixtures carry in their own <script>, so every page has the same markup and the same in-page
// behaviour. Some traps the generator can't express (own profile, a hidden sticky header, a layout that
// drifted) are made by editing its HTML; each edit must find its anchor or the script stops.
//
//   node scripts/make-fixtures.mjs          write the pages
//   node scripts/make-fixtures.mjs --check  fail if a page on disk differs from what would be written
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIR = join(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/linkedin');
const SOURCE = 'sdui-connect.html';
const OPEN = '<script>// A stand-in';

/** The generator's source as the shipped page carries it, between `<script>` and `</script>`. */
export function generatorScript(html = readFileSync(join(DIR, SOURCE), 'utf8')) {
  const start = html.indexOf(OPEN);
  if (start < 0) throw new Error('no page generator found in the source fixture');
  return html.slice(start + '<script>'.length, html.indexOf('</script>', start));
}

function configOf(html) {
  const json = /<script type="application\/json" id="fake-linkedin-config">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error('no fake-linkedin-config in the source fixture');
  return JSON.parse(json);
}

/** The generator's functions, without running the page behaviour (its last line is `run();`). */
export function loadGenerator(script = generatorScript()) {
  const body = script.replace(/\nrun\(\);\s*$/, '\n');
  if (body === script) throw new Error('the generator no longer ends with run();');
  return new Function(`${body}\nreturn { page, TEXT, emberTopCard };`)();
}

/** One page: the shipped fixtures' cast, this person's state, the generator's HTML with its script inside. */
export function render({ state = 'connect', person, edit, notifications, ...options }) {
  const source = readFileSync(join(DIR, SOURCE), 'utf8');
  const script = generatorScript(source);
  const { people } = configOf(source);
  const {
    layout,
    slug,
    lang = 'en',
    tier = 'free',
    quota = null,
    rail = ['jordan-reyes', 'chen-wei-dev'],
  } = options;
  // Same keys, in the same order, as the shipped fixtures' config.
  const cfg = { layout, slug, lang, tier, quota, people: structuredClone(people), rail };
  if (notifications) cfg.notifications = notifications;
  if (person) cfg.person = person;
  if (options.large) cfg.large = options.large;
  // A person outside the shipped cast (the hostile page) starts from a cast member's ids.
  cfg.people[slug] ??= { ...cfg.people['priya-natarajan'], slug };
  Object.assign(cfg.people[slug], { state }, person);
  const gen = loadGenerator(script);
  let html = gen.page(cfg);
  if (edit) html = edit(html, { p: cfg.people[slug], t: gen.TEXT[lang], gen });
  return html.replace('/*FAKE_SCRIPT*/', () => script);
}

// ---------- edits for what the generator can't express ----------

/** Replaces `pattern` once (or every match, for a /g pattern), and stops the script when it matches nothing. */
function must(html, pattern, replacement) {
  const out = html.replace(pattern, replacement);
  if (out === html) throw new Error(`fixture edit found no ${pattern}`);
  return out;
}

const ownButtons = (cls) =>
  `<button type="button" aria-haspopup="true" ${cls('primary')}><span>Open to</span></button>` +
  `<button type="button" aria-haspopup="true" ${cls('secondary')}><span>Add profile section</span></button>`;

/** One's own profile: no degree, edit links into /in/<slug>/edit/…, "Open to" and "Add profile section". */
function ownEmber(html, { p }) {
  const cls = (kind) =>
    `class="artdeco-button artdeco-button--2 artdeco-button--${kind} ember-view pvs-profile-actions__action"`;
  html = must(html, /\s*<span class="distance-badge separator">.*?<\/span><\/span>/, '');
  html = must(html, /(<div class="pvs-profile-actions">\s*)/, `$1${ownButtons(cls)}`);
  const edit = `<a href="/in/${p.slug}/edit/intro/" aria-label="Edit intro" class="artdeco-button artdeco-button--circle artdeco-button--tertiary ember-view"><svg role="none" aria-hidden="true" data-test-icon="edit-medium"></svg></a>`;
  return must(html, /(<div class="pv-top-card__photo-wrapper">.*?<\/div>)/, `$1\n  ${edit}`);
}

function ownSdui(html, { p }) {
  html = must(html, /<p class="[^"]*">· 3rd<\/p>/, '');
  const cls = (kind) => `class="${kind === 'primary' ? '_7e0c2a1 b51f3d20' : '_2d9e0b4 f0c3a6e1'}"`;
  html = must(
    html,
    /(<div class="[^"]*"><button type="button" class="[^"]*" componentkey="[^"]*" aria-expanded="false"><span><span>More<\/span>)/,
    `<div>${ownButtons(cls)}</div>$1`,
  );
  const edit = `<a href="https://www.linkedin.com/in/${p.slug}/edit/intro/" aria-label="Edit intro"><svg id="edit-medium" aria-hidden="true"></svg></a>`;
  return must(html, /(<div class="[^"]*"><img alt="[^"]*" width="152"[^>]*><\/div>)/, `$1\n ${edit}`);
}

/** Own profile without a photo (LinkedIn's grey placeholder) and with an empty About card. */
const ownEmberBare = (html, ctx) =>
  must(
    ownEmber(html, ctx),
    'class="pv-top-card-profile-picture__image"',
    'class="pv-top-card-profile-picture__image ghost-person"',
  );
const ownSduiBare = (html, ctx) =>
  must(
    ownSdui(html, ctx),
    /<img alt="[^"]*" width="152"[^>]*>/,
    '<svg id="person-accent-4" aria-hidden="true"></svg>',
  );

/** A hidden sticky header inside the top card, repeating the buttons the card had in the Connect state. */
function sticky(html, { p, t, gen }) {
  const connectCard = gen.emberTopCard({ ...p, state: 'connect' }, t);
  const actions = /<div class="pvs-profile-actions">[\s\S]*?<\/ul><\/div><\/div>\s*<\/div>\s*<\/div>/.exec(
    connectCard,
  )?.[0];
  if (!actions) throw new Error('fixture edit found no actions in the Connect card');
  // A copy, as Ember renders it: its own element ids.
  const copy = actions.replace(/id="ember/g, 'id="ember1');
  return must(
    html,
    /(<section class="artdeco-card pv-top-card"[^>]*>)/,
    `$1\n  <div class="pv-profile-sticky-header" hidden>${copy}</div>`,
  );
}

/** LinkedIn's next rebuild, imagined: no componentkey, no h1/h2 name, new class names and words, the
 * degree and actions moved. The Connect link keeps its href, so the page still opens the dialog. */
function drift(html, { p }) {
  html = must(
    html,
    /<section (componentkey="[^"]*Topcard"[^>]*)>([\s\S]*?)<\/section>/,
    '<article $1>$2</article>',
  );
  html = must(html, /componentkey="[^"]*?(\w{0,8})"/g, 'data-view-name="$1"');
  html = must(html, /<h2 (class="[^"]*")>([^<]*)<\/h2>/, '<span $1>$2</span>');
  html = must(html, /<p (class="[^"]*")>· 2nd<\/p>/, '<span $1>2nd</span>');
  html = must(html, `aria-label="Invite ${p.name} to connect"`, `aria-label="Add ${p.name} to your network"`);
  html = must(html, '<span>Connect</span></span></a>', '<span>Add</span></span></a>');
  return must(html, /class="([^"]*)"/g, (_, names) => `class="${[...names].reverse().join('')}"`);
}

/** The pages this script owns, by file name. The shipped ones are copies (see README.md), checked here. */
export const PAGES = {
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
  },
  'ember-follow.html': { layout: 'ember', slug: 'noah-becker', tier: 'premium', state: 'follow' },
  'sdui-follow.html': { layout: 'sdui', slug: 'noah-becker', tier: 'premium', state: 'follow' },
  'sdui-fr-connect.html': { layout: 'sdui', slug: 'zoe-kowalczyk-4b1a2', lang: 'fr', quota: 4 },
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
    person: { connectInMore: true },
    edit: sticky,
  },
  'ember-own.html': { layout: 'ember', slug: 'avery-stone', quota: 5, state: 'none', edit: ownEmber },
  'ember-own-bare.html': {
    layout: 'ember',
    slug: 'sam-oconnor',
    quota: 5,
    state: 'none',
    person: { about: '' },
    edit: ownEmberBare,
  },
  'sdui-own.html': { layout: 'sdui', slug: 'priya-natarajan', quota: 5, state: 'none', edit: ownSdui },
  'sdui-own-bare.html': {
    layout: 'sdui',
    slug: 'chen-wei-dev',
    quota: 5,
    rail: ['jordan-reyes', 'avery-stone'],
    state: 'none',
    person: { about: '' },
    edit: ownSduiBare,
  },
  'sdui-drift.html': { layout: 'sdui', slug: 'chen-wei-dev', quota: 5, rail: [], edit: drift },
  // Text read from LinkedIn is text: markup, bidi and zero-width controls, and a 3,000-letter word, in the
  // name, headline, company and About (tests/hardening/hostile.ts, tests/e2e/hardening-hostile.e2e.ts).
  'hostile-sdui-connect.html': {
    layout: 'sdui',
    slug: 'rene-hostile-test',
    quota: 5,
    rail: [],
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

/** The shipped fixtures' own configs: regenerating them must give the same bytes, which proves the
 * generator is read faithfully. */
export const SHIPPED = {
  'ember-connect.html': { layout: 'ember', slug: 'avery-stone', quota: 5 },
  'sdui-connect.html': { layout: 'sdui', slug: 'priya-natarajan', tier: 'premium', notifications: 3 },
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
  },
  'sdui-large.html': { layout: 'sdui', slug: 'avery-stone', quota: 5, large: { cards: 150, churnMs: 50 } },
  'sdui-notes-used-up.html': { layout: 'sdui', slug: 'avery-stone', quota: 0 },
  'sdui-pending.html': { layout: 'sdui', slug: 'mateo-alvarez-7731', quota: 5, state: 'pending' },
};

function main(check) {
  const stale = [];
  for (const [file, options] of Object.entries({ ...PAGES, ...SHIPPED })) {
    const html = render(options);
    const path = join(DIR, file);
    if (!check && file in PAGES) writeFileSync(path, html);
    else if (readFileSync(path, 'utf8') !== html) stale.push(file);
  }
  if (stale.length) {
    console.error(`Out of date: ${stale.join(', ')}. Run node scripts/make-fixtures.mjs`);
    process.exit(1);
  }
  console.log(
    `${check ? 'Checked' : 'Wrote'} ${Object.keys(PAGES).length + (check ? Object.keys(SHIPPED).length : 0)} pages in ${DIR}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.includes('--check'));
