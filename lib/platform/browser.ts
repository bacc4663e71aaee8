// The only door to the WebExtension API. Everything outside lib/platform and entrypoints/ works
// on our own plain types (lib/observe), so it runs in Node tests unchanged.
export { default as browser } from 'webextension-polyfill';
export type { Cookies, Runtime, Tabs, WebNavigation, WebRequest } from 'webextension-polyfill';
