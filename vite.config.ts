import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

/** One source manifest; the Firefox variant differs only where Firefox needs it to. */
type Target = 'chrome' | 'firefox';

/**
 * The manifest crxjs builds from: the pages in PAGES are left out (crxjs would build them as part of the
 * extension's shared chunks); scripts/build.mjs puts them back once their own builds are in dist.
 */
function manifestFor(target: Target): ManifestV3Export {
  const { options_ui, action, ...base } = baseManifest;
  const { default_popup, ...withoutPopup } = action;
  const withoutPages = { ...base, action: withoutPopup };
  if (target === 'chrome') return withoutPages as ManifestV3Export;
  const { background, side_panel, permissions, ...rest } = withoutPages;
  return {
    ...rest,
    // Firefox has no side panel: its sidebar shows the same page.
    permissions: permissions.filter((permission) => permission !== 'sidePanel'),
    sidebar_action: {
      default_panel: side_panel.default_path,
      default_title: 'Connect Coach',
      default_icon: baseManifest.action.default_icon,
      open_at_install: false,
    },
    // Firefox runs MV3 backgrounds as event pages: it needs `scripts`, crxjs does not derive it.
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'connect-coach@connect-coach.app',
        // 140 ESR: the Firefox suite passes there (and in 153 ESR). data_collection_permissions is known
        // to desktop Firefox from 140 (Android from 142, which is why web-ext lint warns; Android is not
        // supported: untested). The extension collects nothing.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * zod 4 compiles fast parsers with the Function constructor when it may. Extension pages forbid eval by
 * CSP anyway (zod then falls back), but the promise is stronger: no eval or Function constructor in any
 * bundle. Replace zod's two `const F = Function;` with a constructor that throws, so it always takes its
 * interpreted path.
 */
function noEval(): Plugin {
  return {
    name: 'connect-coach:no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules[\\/]zod[\\/]/.test(id) || !code.includes('const F = Function;')) return null;
      return code.replaceAll(
        'const F = Function;',
        "const F = function () { throw new EvalError('Connect Coach does not evaluate code'); };",
      );
    },
  };
}

/** A build that adds its files to `dist/<target>/`, beside the extension's (which crxjs builds first). */
const addedTo = (target: Target) => ({
  outDir: `dist/${target}`,
  emptyOutDir: false,
  target: 'es2022',
  sourcemap: false,
  copyPublicDir: false,
});

/**
 * The spelling dictionary (src/core/notes/spelling.ts with nspell and the English word list, 0.55 MB)
 * is one file, `/spelling.js`, for every page and worker that checks spelling: each build of a page
 * would otherwise carry its own copy (the package would double). Every import of it is left to load
 * that file, which dictionaryBuild() writes.
 */
const DICTIONARY = '/src/core/notes/spelling.ts';
function sharedDictionary(): Plugin {
  return {
    name: 'connect-coach:shared-dictionary',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/(^|\/)spelling(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.endsWith(DICTIONARY) ? { id: '/spelling.js', external: 'absolute' } : null;
    },
  };
}

/** `/spelling.js`: the dictionary as one ES module beside the manifest (see sharedDictionary). */
function dictionaryBuild(target: Target): UserConfig {
  return {
    build: {
      ...addedTo(target),
      minify: true,
      lib: { entry: `.${DICTIONARY}`, formats: ['es'], fileName: () => 'spelling.js' },
      // Vite leaves an ES library's whitespace for its users' bundlers; this one is loaded as it is.
      rollupOptions: { output: { minify: true } },
    },
  };
}

/**
 * The bundles the background injects on demand (`scripting.executeScript`), beside the manifest: each
 * one self-contained IIFE file, with nothing to load and nothing in web_accessible_resources.
 */
export const ON_DEMAND = {
  helper: 'src/content/helper.ts',
  report: 'src/content/report.ts',
  own: 'src/content/own.ts',
  tab: 'src/content/tab.ts',
  bar: 'src/content/bar.ts',
} as const;
type OnDemand = keyof typeof ON_DEMAND;

/** One on-demand bundle as `dist/<target>/<name>.js`, added to the extension build already there. */
function onDemandBuild(target: Target, name: OnDemand): UserConfig {
  return {
    plugins: [noEval()],
    build: {
      ...addedTo(target),
      minify: true,
      lib: { entry: ON_DEMAND[name], formats: ['iife'], name: 'connectCoach', fileName: () => `${name}.js` },
    },
  };
}

/**
 * The pages a person waits for, each built on its own: one script (the page and everything its first
 * render needs), its styles, and only what loads later (the spelling check, the exports) split off.
 * Built with the extension's other pages, each would load a dozen chunks it shares with them, in two
 * rounds (the entry, then its view): as the browser opens the popup, 158 ms to its first render
 * against 114 ms for the same code in one chunk (2026-12-02, bench probe, medians of 11).
 */
export const PAGES = {
  popup: 'src/popup/popup.html',
  options: 'src/options/options.html',
} as const;
type Page = keyof typeof PAGES;

/** One page of PAGES into `dist/<target>/` (at its source path, as the manifest names it). */
function pageBuild(target: Target, name: Page): UserConfig {
  return {
    plugins: [noEval(), sharedDictionary(), preact()],
    build: {
      ...addedTo(target),
      modulePreload: { polyfill: false },
      rollupOptions: { input: { [name]: PAGES[name] } },
    },
    worker: { format: 'es' as const, plugins: () => [sharedDictionary()] },
  };
}

export default defineConfig((): UserConfig => {
  const target = (process.env.TARGET === 'firefox' ? 'firefox' : 'chrome') as Target;
  const bundle = process.env.BUNDLE as OnDemand | undefined;
  if (bundle) return onDemandBuild(target, bundle);
  const page = process.env.PAGE as Page | undefined;
  if (page) return pageBuild(target, page);
  if (process.env.DICTIONARY) return dictionaryBuild(target);
  return {
    plugins: [
      noEval(),
      sharedDictionary(),
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // One self-contained content script, and so no loader in web_accessible_resources.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      // The side panel's page: crxjs builds it from Chrome's side_panel, not from Firefox's sidebar_action.
      rollupOptions: { input: { panel: 'src/popup/panel.html' } },
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // A page's modules are fetched all at once, not one level of imports after another: its HTML
      // lists the entry's imports, and a dynamic import (the popup's view) preloads its own together.
      // Chrome and Firefox preload modules natively: no polyfill (it would be an inline script).
      modulePreload: { polyfill: false },
      sourcemap: false,
    },
    // The spelling worker (src/ui/spelling-worker.ts) is started as a module worker.
    worker: { format: 'es' as const, plugins: () => [sharedDictionary()] },
    server: { port: 5173, strictPort: true, hmr: false },
  };
});
