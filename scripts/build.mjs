// Builds dist/chrome and dist/firefox, checks the promises a build can break (no web_accessible_resources,
// the four permissions, the size budgets of the always-on content script and of the helper the
// background injects on demand) and zips each for its store.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { build } from 'vite';

/** The always-on content script, on every LinkedIn page. */
export const CONTENT_BUDGET_GZIP = 2 * 1024;
/** The helper, injected only into tabs that need it (src/content/helper.ts). */
export const HELPER_BUDGET_GZIP = 8 * 1024;
/** The on-demand bundles, self-contained, beside the manifest (vite.config.ts ON_DEMAND). */
export const ON_DEMAND = ['helper', 'report', 'own', 'tab', 'bar'];
/** The pages built on their own, one script each (vite.config.ts PAGES), and where the manifest names them. */
export const PAGES = ['popup', 'options'];
const source = JSON.parse(readFileSync('manifest.json', 'utf8'));

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function check(target) {
  const dir = `dist/${target}`;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const problems = [];
  if (manifest.web_accessible_resources?.length) problems.push('lists web_accessible_resources');
  const permissions = [...(manifest.permissions ?? [])].sort().join(',');
  const allowed =
    target === 'chrome'
      ? 'alarms,notifications,scripting,sidePanel,storage'
      : 'alarms,notifications,scripting,storage';
  if (permissions !== allowed) problems.push(`has permissions ${permissions}`);
  for (const page of [manifest.action.default_popup, manifest.options_ui.page]) {
    const html = readFileSync(join(dir, page), 'utf8');
    const scripts = [...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)];
    // One script, nothing it imports at once: the page's first render waits on one file's arrival.
    const code = scripts.length === 1 && readFileSync(join(dir, scripts[0][1]), 'utf8');
    if (!code || /\bimport\s*["'{*]|\bfrom\s*["']/.test(code))
      problems.push(`${page} does not load as one script`);
  }
  const panel = manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel;
  if (!panel || !statSync(join(dir, panel), { throwIfNoEntry: false }))
    problems.push('has no side panel page');
  if ((manifest.host_permissions ?? []).join(',') !== 'https://www.linkedin.com/*')
    problems.push('has other host access');
  const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js);
  if (scripts.length !== 1) problems.push(`has ${scripts.length} content scripts, not one`);
  const content = readFileSync(join(dir, scripts[0]));
  const gzip = gzipSize(content);
  if (gzip > CONTENT_BUDGET_GZIP)
    problems.push(`content script is ${gzip} B gzip, over the ${CONTENT_BUDGET_GZIP} B budget`);
  const bundles = ON_DEMAND.map((name) => {
    const code = readFileSync(join(dir, `${name}.js`));
    return { name, code, raw: code.length, gzip: gzipSize(code) };
  });
  const helper = bundles.find((b) => b.name === 'helper');
  if (helper.gzip > HELPER_BUDGET_GZIP)
    problems.push(`helper is ${helper.gzip} B gzip, over the ${HELPER_BUDGET_GZIP} B budget`);
  for (const { name, code } of [{ name: 'content script', code: content }, ...bundles])
    if (/\bimport\s*\(|^import\s|^export\s/m.test(code.toString()))
      problems.push(`${name} is not self-contained (imports or exports)`);
  return { manifest, content: { file: scripts[0], raw: content.length, gzip }, bundles, problems };
}

function zip(target) {
  const dir = `dist/${target}`;
  const entries = Object.fromEntries(files(dir).map((f) => [relative(dir, f), readFileSync(f)]));
  const out = `dist/connect-coach-${target}.zip`;
  writeFileSync(out, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  return out;
}

const failures = [];
for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  for (const bundle of ON_DEMAND) {
    process.env.BUNDLE = bundle;
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  }
  delete process.env.BUNDLE;
  for (const page of PAGES) {
    process.env.PAGE = page;
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  }
  delete process.env.PAGE;
  process.env.DICTIONARY = '1';
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  delete process.env.DICTIONARY;
  // crxjs built the extension without these pages (vite.config.ts manifestFor): name them again.
  const built = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));
  built.action.default_popup = source.action.default_popup;
  built.options_ui = source.options_ui;
  writeFileSync(`dist/${target}/manifest.json`, JSON.stringify(built, null, 2));
  const { content, bundles, problems } = check(target);
  const out = zip(target);
  console.log(
    `${target}: content script ${content.file} ${(content.raw / 1024).toFixed(1)} KB raw, ` +
      `${(content.gzip / 1024).toFixed(2)} KB gzip (budget ${CONTENT_BUDGET_GZIP / 1024} KB); ` +
      bundles.map((b) => `${b.name}.js ${(b.gzip / 1024).toFixed(2)} KB gzip`).join(', ') +
      ` (helper budget ${HELPER_BUDGET_GZIP / 1024} KB) -> ${out}`,
  );
  for (const p of problems) failures.push(`dist/${target}: ${p}`);
}
if (failures.length) {
  console.error(`Build checks failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
