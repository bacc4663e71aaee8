import type { Catalog } from './catalog';

export const en: Catalog = {
  titles: {
    'pre-consent-cookie': 'Tracking cookie before consent',
    'pre-consent-tracker': 'Tracker request before consent',
    'pre-consent-storage': 'Tracker storage before consent',
    'after-reject-cookie': 'Tracking cookie after rejection',
    'after-reject-tracker': 'Tracker request after rejection',
    'after-reject-storage': 'Tracker storage after rejection',
    'undeclared-cookie': 'Cookie not in the policy',
    'undeclared-vendor': 'Vendor not in the policy',
    'retention-exceeds': 'Lives longer than declared',
    'session-mismatch': 'Declared session-only, but persistent',
    'purpose-mismatch': 'Declared purpose differs',
    'declared-not-observed': 'Declared, not seen',
    'no-policy': 'No policy found',
    'denied-vendor-observed': 'Denied by the policy, yet present',
    'policy-without-cookie-list': 'Policy without a cookie list',
    'first-party-tracker-proxy': "Tracker disguised as the site's own traffic",
    'id-sharing':
      'Identifier shared with a third party',
    'consent-signal-mismatch':
      "Consent signal contradicts the visitor's choice",
    'fingerprinting':
      'Browser fingerprinting',
    'session-replay':
      'Session recording',
  },
  explanations: {
    'pre-consent-cookie':
      "Analytics and advertising cookies need the visitor's prior consent, so one set before any choice is made processes data without a legal basis.",
    'pre-consent-tracker':
      "A request to a tracking service hands the visitor's data to a third party, which may only happen once the visitor has agreed.",
    'pre-consent-storage':
      'Tracker identifiers in localStorage or sessionStorage follow the visitor just as cookies do and need the same prior consent.',
    'after-reject-cookie':
      'The visitor said no, so an analytics or advertising cookie set afterwards ignores an explicit refusal.',
    'after-reject-tracker':
      "Data sent to a tracking service after the visitor refused shows that the refusal is not respected.",
    'after-reject-storage': 'The visitor said no, so a tracker identifier written to localStorage or sessionStorage afterwards ignores an explicit refusal.',
    'undeclared-cookie':
      'Visitors can only give informed consent to cookies the site tells them about, and this one is missing from its own list.',
    'undeclared-vendor':
      "A policy must name the third parties that receive visitors' data, and this one is not named.",
    'retention-exceeds':
      'Keeping an identifier longer than the policy promises breaks the storage period the visitor was told about.',
    'session-mismatch':
      'The policy promises cookies that disappear when the browser closes, but this one stays on the device.',
    'purpose-mismatch':
      'A cookie described under the wrong purpose, such as analytics presented as necessary, escapes the consent it would otherwise need.',
    'declared-not-observed':
      'Not a violation: the cookie or vendor may appear on other pages or after consent, but the declaration may also be out of date.',
    'no-policy':
      'Without a published cookie or privacy policy visitors cannot learn what is stored about them, and there is nothing to check the observations against.',
    'denied-vendor-observed':
      'The policy tells visitors this service is not used, so their consent and expectations rest on a false statement while their data still reaches it.',
    'policy-without-cookie-list':
      'A policy that names no cookies or services cannot be checked against what the site really stores, and does not inform visitors.',
    'first-party-tracker-proxy':
      "The site relays a known tracker's data through its own address, so the visitor's browser, blockers and host lists cannot tell it is going to that tracker.",
    'id-sharing':
      "An identifier the site keeps in the visitor's browser is handed to another company, so the two can link what each knows about the visitor (cookie syncing).",
    'consent-signal-mismatch':
      'The page tells Google or its ad partners that the visitor agreed, or stores an agreement, although the visitor made no choice or refused; the partners then use the data as if consent had been given.',
    'fingerprinting':
      "The script reads out details of the visitor's device (how it draws text and graphics, its graphics card, its audio processing, its fonts) to recognise the visitor again without cookies, which needs consent just like a tracking cookie.",
    'session-replay':
      'A session-recording script captures what the visitor sees and does on the page (clicks, scrolling, typing, the page itself) so it can be replayed later; it needs consent and may capture personal data typed into forms.',
  },
  messages: {
    'pre-consent-cookie': 'Cookie {0} ({1}; {2:category}, {3:vendor}) was set before the visitor made a consent choice.',
    'pre-consent-tracker':
      'Requests to the tracker host {0} ({1:vendor}) were sent before the visitor made a consent choice: {2} in total.',
    'pre-consent-storage':
      'Tracker key {0} was written to {2} of {1} ({3:vendor}) before the visitor made a consent choice.',
    'after-reject-cookie': 'Cookie {0} ({1}; {2:category}, {3:vendor}) was set after the visitor rejected cookies.',
    'after-reject-tracker':
      'Requests to the tracker host {0} ({1:vendor}) were sent after the visitor rejected cookies: {2} in total.',
    'after-reject-storage': 'Tracker key {0} was written to {2} of {1} ({3:vendor}) after the visitor rejected cookies.',
    'undeclared-cookie':
      'Cookie {0} ({1}; {2:category}, {3:vendor}) matches no cookie name, pattern or vendor in the policy.',
    'undeclared-vendor': '{0} was observed ({2} observations), but the policy does not name it.',
    'retention-exceeds':
      'Cookie {0} ({1}) asks to live {2:duration} (the browser keeps it {3:duration}), but the policy declares {4:duration}.',
    'session-mismatch': 'Cookie {0} ({1}) is declared as a session cookie but lives {2:duration}.',
    'session-mismatch.statement':
      'The policy says only session cookies are used, but cookie {0} ({1}) lives {2:duration}.',
    'purpose-mismatch':
      'The policy declares cookie {0} as {2:category}, but it is known as {3:category} ({4:vendor}).',
    'declared-not-observed': 'The policy declares cookie {0}, but it was not seen during this audit.',
    'declared-not-observed.vendor': 'The policy names {0}, but nothing from this vendor was seen during this audit.',
    'no-policy': 'No cookie or privacy policy was found for {0}.',
    'no-policy.reason': 'No cookie or privacy policy was found for {0}: {1}',
    'denied-vendor-observed': 'The policy says {0} is not used, but it was observed ({2} observations).',
    'policy-without-cookie-list': 'The policy of {0} names no cookies and no services.',
    'policy-without-cookie-list.categories':
      'The policy of {0} names no cookies and no services, only categories: {1:categories}.',
    'first-party-tracker-proxy':
      "{0} receives {1:vendor} hits shaped like {2} ({3} requests): the tracker is sent through the site's own host.",
    'id-sharing':
      'The identifier in {0} ({1}) was sent to {2}: {3} requests ({4}).',
    'consent-signal-mismatch':
      'Hits to {0} claim consent ({1}) before the visitor made a consent choice: {2} requests.',
    'consent-signal-mismatch.after-reject':
      'Hits to {0} claim consent ({1}) after the visitor rejected cookies: {2} requests.',
    'consent-signal-mismatch.stored':
      'The consent record {0} was rewritten to say “{1}” after the visitor rejected cookies.',
    'fingerprinting':
      '{0} ({1:vendor}) fingerprints the browser: {2}.',
    'session-replay':
      "{0} records the visitor's session (sent to {1}, {2} requests).",
  },
  categories: {
    necessary: 'necessary',
    functional: 'functional',
    analytics: 'analytics',
    marketing: 'marketing',
    unknown: 'unknown category',
  },
  units: {
    year: { one: 'year', other: 'years' },
    month: { one: 'month', other: 'months' },
    day: { one: 'day', other: 'days' },
    hour: { one: 'hour', other: 'hours' },
    minute: { one: 'minute', other: 'minutes' },
    second: { one: 'second', other: 'seconds' },
  },
  unknownVendor: 'unknown vendor',
  listSeparator: ', ',
};
