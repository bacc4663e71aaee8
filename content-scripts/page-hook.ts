// The MAIN-world hook (document_start, every frame): wraps document.cookie, Storage and the
// fingerprinting APIs and reports to page-relay.ts. Bundled by wxt.config.ts with esbuild as a
// bare IIFE, without WXT's entrypoint wrapper: it runs in every frame and its size is budgeted.
import { installPageHook } from '../lib/observe/page-hook';

installPageHook(window);
