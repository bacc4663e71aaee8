import { defineConfig } from 'wxt';

/** The isolated-world content script (entrypoints/page-relay.ts). */
const PAGE_RELAY = 'page-relay';

// Every permission is explained in docs/permissions.md; test/unit/permissions.test.ts fails
// when the manifest gains one that is not listed there.
export default defineConfig({
  // `npm run zip`: the Chrome and Firefox packages, and the sources zip Firefox's review asks for
  // (what `npm ci && npm run build:firefox` needs; tests, the lab and local output are left out).
  zip: {
    excludeSources: ['test/**', 'test-output/**', 'demo-report*', 'audit-out/**', 'tmp-probe/**', '.ci/**'],
  },
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // Content scripts run in every frame of every page: they get the browser's native API instead
    // of webextension-polyfill (10 KB).
    // Everything else (worker, pages) keeps the polyfill through the module's alias.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === PAGE_RELAY)) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // entrypoints/page-relay.ts is an unlisted script to skip WXT's content-script wrapper;
      // declared here with the same settings as the MAIN-world hook it talks to.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['<all_urls>'], js: [`${PAGE_RELAY}.js`], run_at: 'document_start', all_frames: true, match_about_blank: true },
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
