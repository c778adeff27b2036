import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

/** One source manifest; the Firefox variant differs only where Firefox needs it to. */
type Target = 'chrome' | 'firefox';

function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return baseManifest as ManifestV3Export;
  const { background, side_panel, permissions, ...rest } = baseManifest;
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
        // data_collection_permissions needs 142+; the extension collects nothing.
        strict_min_version: '142.0',
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

export default defineConfig(() => {
  const target = (process.env.TARGET === 'firefox' ? 'firefox' : 'chrome') as Target;
  return {
    plugins: [
      noEval(),
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
      rollupOptions: { input: { panel: 'src/panel/panel.html' } },
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      sourcemap: false,
    },
    server: { port: 5173, strictPort: true, hmr: false },
  };
});
