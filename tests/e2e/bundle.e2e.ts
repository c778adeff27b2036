/**
 * What the built extension is, checked on dist/ after `npm run build`: the manifest contract, no remote
 * code, no address but LinkedIn's, no eval, and the content script's budget and independence.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const TARGETS = ['chrome', 'firefox'] as const;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const scripts = (target: string) => files(`dist/${target}`).filter((f) => /\.(m?js|html)$/.test(f));
const manifest = (target: string) => JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));

/**
 * Addresses a bundle may name. Besides LinkedIn's, only names that are never requested: the XML namespace
 * names Preact creates SVG and MathML elements with, the JSON Schema dialect identifiers zod writes into
 * `$schema` (we never call its toJSONSchema), date-fns's documentation link inside one of its error
 * messages, ical-generator's documentation links in its error messages (the calendar export, loaded on
 * click), and the `buffer` package's author page in its licence comment (the spelling worker). That
 * nothing is ever requested is proved separately, on the wire (hardening-privacy.e2e.ts).
 */
const ALLOWED_URL = [
  /^https:\/\/www\.linkedin\.com\//,
  /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|1998\/Math\/MathML|XML\/1998\/namespace)$/,
  /^https?:\/\/json-schema\.org\/(draft-04\/schema#|draft-07\/schema#|draft\/2020-12\/schema)$/,
  /^https:\/\/github\.com\/date-fns\/date-fns\/blob\/master\/docs\/unicodeTokens\.md$/,
  /^https:\/\/sebbo2002\.github\.io\/ical-generator\/develop\/reference\/[\w/.#-]+$/,
  /^https:\/\/feross\.org$/,
];
/** An address with a real host name (templates like `https://${host}` that build LinkedIn's are not one). */
const ADDRESS = /\b(?:https?|wss?):\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)<>\\]*/gi;

describe.each(TARGETS)('dist/%s', (target) => {
  it('asks for storage, alarms, notifications, scripting (and Chrome’s sidePanel) only, and host access to www.linkedin.com only', () => {
    const m = manifest(target);
    // scripting: the helper is injected only into tabs that need it (DESIGN.md "Always-on eyes");
    // sidePanel: Chrome's side panel (Firefox's sidebar needs no permission).
    const panel = target === 'chrome' ? ['sidePanel'] : [];
    expect([...m.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', ...panel, 'storage']);
    expect(m.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts).toHaveLength(1);
    expect(m.content_scripts[0].matches).toEqual(['https://www.linkedin.com/*']);
  });

  it('exposes no file to web pages (LinkedIn probes for extensions through web_accessible_resources)', () => {
    expect(manifest(target).web_accessible_resources ?? []).toEqual([]);
  });

  it('names no remote address but LinkedIn’s in any script or page', () => {
    const found = new Set<string>();
    for (const file of scripts(target)) {
      for (const [url] of readFileSync(file, 'utf8').matchAll(ADDRESS)) {
        if (!ALLOWED_URL.some((re) => re.test(url))) found.add(`${file}: ${url}`);
      }
    }
    expect([...found]).toEqual([]);
  });

  it('contains no eval and no Function constructor', () => {
    for (const file of scripts(target)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(
        /\beval\s*\(|\bnew\s+Function\s*\(|=\s*Function\s*[;,)]|\bFunction\s*\(\s*["'`]/,
      );
    }
  });

  it('ships one self-contained content script within 6 KB gzip, with no imports', () => {
    const [file] = manifest(target).content_scripts[0].js;
    const code = readFileSync(join(`dist/${target}`, file), 'utf8');
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(6 * 1024);
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
    expect(code).not.toMatch(/chrome-extension:|moz-extension:/);
  });

  it('carries the spelling dictionary once, in /spelling.js, for every page and worker that checks spelling', () => {
    // A word of the English dictionary that no code of ours spells.
    const holders = scripts(target).filter((file) => readFileSync(file, 'utf8').includes('xylophonist'));
    expect(holders).toEqual([join(`dist/${target}`, 'spelling.js')]);
  });

  it('loads the popup and the options page as one script each, the first render needing no other file', () => {
    const m = manifest(target);
    for (const page of [m.action.default_popup, m.options_ui.page]) {
      const html = readFileSync(join(`dist/${target}`, page), 'utf8');
      const [src, ...more] = [...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)].map((s) => s[1]);
      expect(more, page).toEqual([]);
      const code = readFileSync(join(`dist/${target}`, src!), 'utf8');
      // Later parts (the exports, the spelling check) load with import(), when they are needed.
      expect(code, page).not.toMatch(/\bimport\s*["'{*]|\bfrom\s*["']/);
    }
  });
});

describe('dist/firefox', () => {
  // data_collection_permissions: desktop Firefox 140 ESR installs it (the Firefox suite runs there too);
  // only Firefox for Android needs 142, and the manifest claims no Android support.
  it('declares a background script, an id and a minimum version that knows data_collection_permissions', () => {
    const m = manifest('firefox');
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(
      140,
    );
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
