// Google Consent Mode as Google's tags send it on every hit: `gcs` (ad_storage and analytics_storage)
// and `gcd` (v2: ad_storage, analytics_storage, ad_user_data, ad_personalization, each with how it
// was set). Decoding follows the public analyses of the format (Markus Baersch and Simo Ahava, https://www.simoahava.com/analytics/consent-mode-v2-google-tags/; gcs values also https://pietromingotti.com/consent-mode-parameters).

export type SignalState = 'granted' | 'denied' | 'unset';

export interface ConsentModeState {
  ad_storage: SignalState;
  analytics_storage: SignalState;
  ad_user_data?: SignalState;
  ad_personalization?: SignalState;
}

/** gcs=G1xy: x ad_storage, y analytics_storage; 1 granted, 0 denied, - not set. */
export function decodeGcs(value: string): ConsentModeState | null {
  const m = /^G1([01-])([01-])$/.exec(value.trim());
  if (!m) return null;
  const read = (c: string): SignalState => (c === '1' ? 'granted' : c === '0' ? 'denied' : 'unset');
  return { ad_storage: read(m[1]!), analytics_storage: read(m[2]!) };
}

// gcd letters: the state in force after the default and any update. l: not set; p, q, m, u end
// denied (denied default; denied default and update; denied update; granted default then denied
// update); t, r, n, v end granted (granted default; denied default then granted update; granted
// update; granted default and update).
const GCD_LETTERS: Record<string, SignalState> = { l: 'unset', p: 'denied', q: 'denied', m: 'denied', u: 'denied', t: 'granted', r: 'granted', n: 'granted', v: 'granted' };

/** gcd=11a1b1c1d5: two digits, then a letter per signal separated by digits, then a closing digit. */
export function decodeGcd(value: string): ConsentModeState | null {
  const m = /^\d{2}([a-z])\d([a-z])\d([a-z])\d([a-z])\d$/.exec(value.trim());
  if (!m) return null;
  const letters = [m[1]!, m[2]!, m[3]!, m[4]!].map((c) => GCD_LETTERS[c]);
  if (letters.some((s) => s === undefined)) return null;
  const [ad_storage, analytics_storage, ad_user_data, ad_personalization] = letters as SignalState[];
  return { ad_storage: ad_storage!, analytics_storage: analytics_storage!, ad_user_data: ad_user_data!, ad_personalization: ad_personalization! };
}

export function grantedSignals(state: ConsentModeState): string[] {
  return Object.entries(state)
    .filter(([, s]) => s === 'granted')
    .map(([k]) => k);
}

/** "ad_storage=granted analytics_storage=denied ..." for the evidence. */
export function describeState(state: ConsentModeState): string {
  return Object.entries(state)
    .map(([k, s]) => `${k}=${s}`)
    .join(' ');
}
