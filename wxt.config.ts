import { build } from 'esbuild';
import { defineConfig } from 'wxt';

/**
 * The two content scripts (content-scripts/), which run in every frame of every page. esbuild
 * bundles them as bare IIFEs: WXT's entrypoint wrappers add a logger, a crash handler and
 * context handling these scripts do not use, about 0.8 KB together, and their size is budgeted
 * (`npm run bench -- overhead`). They use the browser's native API, not webextension-polyfill.
 */
const CONTENT_SCRIPTS = [
  { name: 'page-hook', world: 'MAIN' as const },
  { name: 'page-relay', world: 'ISOLATED' as const },
];

/**
 * CONSENT_AUDITOR_E2E=1: a build for the end-to-end tests, with the test-only export channel
 * (lib/model/e2e-channel.ts) and its own output folder (.output/firefox-mv2-e2e), so it never
 * replaces what `npm run build` and `npm run zip` make. Everywhere else the flag is false and
 * the channel's code is compiled out.
 */
const E2E = process.env.CONSENT_AUDITOR_E2E === '1';
const BUILD_FLAGS = { __CONSENT_AUDITOR_E2E__: JSON.stringify(E2E) };

async function bundleContentScript(name: string): Promise<string> {
  const out = await build({
    entryPoints: [`content-scripts/${name}.ts`],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    write: false,
    logLevel: 'silent',
    // Cyrillic words in the banner finder stay 2 bytes each instead of 6-byte \u escapes.
    charset: 'utf8',
    legalComments: 'none',
    define: BUILD_FLAGS,
  });
  return out.outputFiles[0]!.text;
}

// Every permission is explained in docs/permissions.md; test/unit/permissions.test.ts fails
// when the manifest gains one that is not listed there.
export default defineConfig({
  // `npm run zip`: the Chrome and Firefox packages, and the sources zip Firefox's review asks for
  // (what `npm ci && npm run build:firefox` needs; tests, the lab and local output are left out).
  zip: {
    excludeSources: ['test/**', 'test-output/**', 'demo-report*', 'audit-out/**', 'tmp-probe/**', '.ci/**'],
  },
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ define: BUILD_FLAGS }),
  ...(E2E ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      for (const { name } of CONTENT_SCRIPTS) files.push({ relativeDest: `${name}.js`, contents: await bundleContentScript(name) });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // The MAIN-world hook first: the relay it talks to completes the handshake whichever starts second.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        ...CONTENT_SCRIPTS.map(({ name, world }) => ({
          matches: ['<all_urls>'],
          js: [`${name}.js`],
          run_at: 'document_start' as const,
          all_frames: true,
          match_about_blank: true,
          ...(world === 'MAIN' ? { world } : {}),
        })),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['cookies', 'webRequest', 'webNavigation', 'storage', 'tabs', 'browsingData'],
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'consent-auditor@example.org',
              // 128 runs content_scripts with world MAIN (page-hook.js; older versions silently run it in
              // the isolated world and see no page writes); 140 (ESR) knows data_collection_permissions.
              strict_min_version: '140.0',
              // AMO requires the declaration for new add-ons (web-ext lint MISSING_DATA_COLLECTION_PERMISSIONS).
              // Nothing leaves the browser but the audited site's own policy fetches: "none".
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
