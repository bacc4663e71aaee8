import { installPageHook } from '../lib/observe/page-hook';

export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    installPageHook(window);
  },
});
