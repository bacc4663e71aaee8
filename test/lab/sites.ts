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

export type ConsentCmp = 'vanilla-cookieconsent' | 'klaro' | 'osano-cookieconsent' | 'tcf' | 'home-ru' | 'home-uk';

const CMPS: { cmp: ConsentCmp; prefix: string; name: string }[] = [
  { cmp: 'vanilla-cookieconsent', prefix: 'cc', name: 'vanilla-cookieconsent' },
  { cmp: 'klaro', prefix: 'klaro', name: 'Klaro' },
  { cmp: 'osano-cookieconsent', prefix: 'osano', name: 'Osano cookieconsent' },
  { cmp: 'tcf', prefix: 'tcf', name: 'a TCF v2 CMP (@iabtcf/cmpapi)' },
  { cmp: 'home-ru', prefix: 'ru-banner', name: 'a home-made Russian banner' },
  { cmp: 'home-uk', prefix: 'uk-banner', name: 'a home-made Ukrainian banner' },
];

/** Two sites per consent manager (issue 5): one honours the choice, one ignores it. */
export function consentSites(): (LabSite & { cmp: ConsentCmp })[] {
  return CMPS.flatMap(({ cmp, prefix, name }) =>
    [true, false].map((honours) => {
      const id = `${prefix}-${honours ? 'honours' : 'violates'}`;
      return {
        id,
        host: `www.${id}.test`,
        path: '/',
        title: `${name} ${honours ? 'honours' : 'violates'}`,
        description: honours
          ? `Banner by ${name}; GA4 and Yandex Metrika emulations and posthog-js load only after "accept".`
          : `Banner by ${name}; GA4 and Yandex Metrika emulations and posthog-js load before any choice and after "reject".`,
        cmp,
        honoursConsent: honours,
        policyPath: '/privacy',
        expects: honours
          ? { cookies: [], trackers: [], findings: ['declared-not-observed'] }
          : {
              cookies: ['_ga', '_ga_*', '_ym_uid', '_ym_d', 'ph_*_posthog'],
              trackers: ['region1.google-analytics.com', 'mc.yandex.ru', 'us.i.posthog.com'],
              findings: ['pre-consent-cookie', 'pre-consent-tracker', 'after-reject-tracker'],
            },
      };
    }),
  );
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
  ...consentSites(),
];
