import { defineConfig } from 'wxt';

// Every permission is explained in docs/permissions.md; test/unit/permissions.test.ts fails
// when the manifest gains one that is not listed there.
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['cookies', 'webRequest', 'webNavigation', 'storage', 'tabs', 'browsingData'],
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'consent-auditor@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});
