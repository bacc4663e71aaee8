// The consent managers the auditor names, and which consent cookie belongs to which. One list
// so the detector, the cookie reader and the timeline agree on spelling ("cmp:<name>").

export type CmpName =
  | 'vanilla-cookieconsent'
  | 'klaro'
  | 'osano-cookieconsent'
  | 'cookiebot'
  | 'onetrust'
  | 'usercentrics'
  | 'didomi'
  | 'complianz'
  | 'cookieyes'
  | 'borlabs'
  | 'iubenda'
  | 'bitrix'
  | 'tilda'
  | 'tcf'
  | 'generic';

/**
 * The CMP that writes a consent cookie (or localStorage key) of this name, null for other names.
 * Sources are noted in lib/consent/cookies.ts next to each value format.
 */
export function consentCookieCmp(name: string): CmpName | null {
  switch (name) {
    case 'cc_cookie':
      return 'vanilla-cookieconsent';
    case 'klaro':
      return 'klaro';
    case 'cookieconsent_status':
      return 'osano-cookieconsent';
    case 'CookieConsent':
      return 'cookiebot';
    case 'OptanonConsent':
    case 'OptanonAlertBoxClosed':
      return 'onetrust';
    case 'euconsent-v2':
      return 'tcf';
    case 'didomi_token':
      return 'didomi';
    case 'uc_settings':
    case 'uc_user_interaction':
      return 'usercentrics';
    case 'cookieyes-consent':
      return 'cookieyes';
    case 'borlabs-cookie':
      return 'borlabs';
  }
  if (isBitrixAgreementCookie(name)) return 'bitrix';
  if (name.startsWith('cmplz_')) return 'complianz';
  if (/^_iub_cs-\d+$/.test(name)) return 'iubenda';
  return null;
}

/**
 * 1C-Bitrix has no built-in consent manager; sites and marketplace modules store the notice answer
 * in a cookie with Bitrix's BITRIX_SM_ prefix, e.g. BITRIX_SM_COOKIES_AGREEMENT=yes|no
 * (www.mts.by), BITRIX_SM_COOKIE_AGREEMENT=1, BITRIX_SM_COOKIE_ACCEPTION=true, BITRIX_SM_cookie_use.
 */
export function isBitrixAgreementCookie(name: string): boolean {
  return /^BITRIX_SM_\w*COOKIES?_?(AGREE|ACCEPT|CONSENT|USE)/i.test(name);
}

/** The CMP named by a ConsentEvent signal ("cmp:klaro", "consent-cookie:cc_cookie", "tcf"). */
export function cmpOfSignal(signal: string): string | null {
  if (signal.startsWith('cmp:')) return signal.slice(4) || null;
  if (signal.startsWith('consent-cookie:')) return consentCookieCmp(signal.slice(15));
  if (signal === 'tcf') return 'tcf';
  return null;
}
