// The lab's site catalog: what each site is for and what an audit of it should find. Tests and
// the demo read this list; the server side of each site lives in ./sites/. Expected finding codes
// are the DESIGN.md vocabulary; cookie and tracker names are what a pre-consent visit shows.

export interface LabSite {
  id: string;
  host: string;
  path: string;
  title: string;
  description: string;
  /** Consent manager on the page (e.g. "vanilla-cookieconsent", "tcf"), null when none. */
  cmp: string | null;
  /** Whether trackers wait for the visitor's choice; null when the site asks for none. */
  honoursConsent: boolean | null;
  /** Path of the policy page linked from the footer, null when the site links none. */
  policyPath: string | null;
  expects: { cookies?: string[]; trackers?: string[]; findings?: string[] };
}

export const LAB_SITES: LabSite[] = [
  {
    id: 'shop',
    host: 'www.lab-shop.test',
    path: '/',
    title: 'Lab Shop',
    description:
      'First-party cookies by HTTP (sid, lang) and script (cart_id asks 3 years), local/session storage from /js/app.js, ' +
      'a third-party iframe (widgets.lab-social.test, social_uid), a Top.Mail.Ru image, posthog-js, mixpanel-browser and ' +
      'the Yandex Metrika emulation, all before consent; English policy table at /privacy.',
    cmp: null,
    honoursConsent: null,
    policyPath: '/privacy',
    expects: {
      cookies: ['sid', 'lang', 'cart_id', '_ym_uid', '_ym_d', '_ym_isad', 'yandexuid', 'VID', 'social_uid', 'mp_*_mixpanel', 'ph_*_posthog'],
      trackers: ['mc.yandex.ru', 'top-fwz1.mail.ru', 'us.i.posthog.com', 'api-js.mixpanel.com'],
      findings: ['pre-consent-cookie', 'pre-consent-tracker', 'retention-exceeds', 'undeclared-vendor', 'undeclared-cookie'],
    },
  },
];
