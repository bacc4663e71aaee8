// Session recorders: scripts and endpoints by which a page records what the visitor sees and does
// (DOM, mouse, keys) for replay. Known by host and path; a recorder whose product is recording
// (Hotjar, Clarity, FullStory, Smartlook, Mouseflow, LogRocket) counts by its script, one whose
// recording is optional (Yandex Metrika's Webvisor, PostHog session replay) only by the endpoint or
// script its recording uses. Facts only, each with the vendor's public page that lists it.
import type { RecorderFact } from './schema';

export const RECORDERS: readonly RecorderFact[] = [
  { id: 'hotjar', vendor: 'hotjar', host: 'static.hotjar.com', path: '^/c/hotjar-', source: 'https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP' },
  { id: 'hotjar', vendor: 'hotjar', host: 'script.hotjar.com', source: 'https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP' },
  { id: 'microsoft-clarity', vendor: 'microsoft-clarity', host: 'www.clarity.ms', path: '^/tag/', source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-csp' },
  { id: 'microsoft-clarity', vendor: 'microsoft-clarity', host: 'clarity.ms', path: '^/collect', source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-csp' },
  { id: 'fullstory', vendor: 'fullstory', host: 'edge.fullstory.com', path: '^/s/fs\\.js', source: 'https://help.fullstory.com/hc/en-us/articles/360020622854-Can-I-use-Content-Security-Policy-CSP-with-FullStory' },
  { id: 'fullstory', vendor: 'fullstory', host: 'rs.fullstory.com', path: '^/rec/', source: 'https://help.fullstory.com/hc/en-us/articles/360020622854-Can-I-use-Content-Security-Policy-CSP-with-FullStory' },
  { id: 'smartlook', vendor: 'smartlook', host: 'web-sdk.smartlook.com', source: 'https://help.smartlook.com/docs/content-security-policy' },
  { id: 'smartlook', vendor: 'smartlook', host: 'smartlook.cloud', path: '^/rec/', source: 'https://help.smartlook.com/docs/content-security-policy' },
  { id: 'mouseflow', vendor: 'mouseflow', host: 'cdn.mouseflow.com', path: '^/projects/', source: 'https://help.mouseflow.com/en/articles/4310818-content-security-policy-csp' },
  { id: 'logrocket', vendor: 'logrocket', host: 'cdn.logrocket.io', source: 'https://docs.logrocket.com/docs/troubleshooting-sessions' },
  { id: 'logrocket', vendor: 'logrocket', host: 'r.lr-ingest.io', source: 'https://docs.logrocket.com/docs/troubleshooting-sessions' },
  // Webvisor is an option of the Metrika counter (webvisor: true): its recordings go to /webvisor/.
  { id: 'yandex-webvisor', vendor: 'yandex-metrika', host: 'mc.yandex.ru', path: '^/webvisor/', source: 'https://yandex.ru/support/metrica/webvisor/about-webvisor.html' },
  { id: 'yandex-webvisor', vendor: 'yandex-metrika', host: 'mc.yandex.com', path: '^/webvisor/', source: 'https://yandex.ru/support/metrica/webvisor/about-webvisor.html' },
  { id: 'yandex-webvisor', vendor: 'yandex-metrika', host: 'mc.webvisor.org', path: '^/metrika/tag_ww\\.js', source: 'https://yandex.ru/support/metrica/general/tag-domains.html' },
  // posthog-js loads its recorder only when session recording is on, and posts snapshots to /s/.
  { id: 'posthog-replay', vendor: 'posthog', host: 'i.posthog.com', path: '/static/(lazy-recorder|posthog-recorder|recorder)[^/]*\\.js', source: 'https://posthog.com/docs/session-replay/installation' },
  { id: 'posthog-replay', vendor: 'posthog', host: 'i.posthog.com', path: '^/s/', source: 'https://posthog.com/docs/advanced/proxy' },
];
