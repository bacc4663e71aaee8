// Finds the site's own policy among the page's links. Link text and address words in the five
// languages say privacy policy or cookie policy; the footer, where sites put them, and the same
// site count in favour; links to other companies' policies and cookie-settings buttons count against.
import { getDomain } from 'tldts';
import type { ExtractedDocument, RankedLink } from './types';

interface Cue {
  re: RegExp;
  weight: number;
  label: string;
}

const COOKIE_TEXT: Cue[] = [
  { re: /cookie[\s-]*(?:policy|richtlinie|notice|statement|hinweis|erklärung|declaration)|(?:политик|політик|положени)[\p{L}]*\s+(?:[\p{L}]+\s+){0,3}(?:cookie|куки|кукі)|cookie\s+саясат/iu, weight: 14, label: 'cookie policy in link text' },
  { re: /(?:файл[\p{L}]*\s+)?(?:cookie|куки|кукі)/iu, weight: 8, label: 'cookie in link text' },
];
const PRIVACY_TEXT: Cue[] = [
  { re: /privacy\s*(?:policy|notice|statement)|datenschutz(?:erklärung|hinweise|richtlinie)|политик[\p{L}]*\s+(?:[\p{L}]+\s+){0,2}конфиденциальн|політик[\p{L}]*\s+(?:[\p{L}]+\s+){0,2}конфіденційн|обработк[\p{L}]*\s+персональн|обробк[\p{L}]*\s+персональн|құпиялылық\s+саясат|дербес\s+деректер/iu, weight: 12, label: 'privacy policy in link text' },
  { re: /privacy|datenschutz|конфиденциальн|конфіденційн|персональн[\p{L}]*\s+данн|персональн[\p{L}]*\s+дан|құпиялылық|data\s+protection/iu, weight: 8, label: 'privacy in link text' },
];
const COOKIE_URL = /cookie|kuki|cookies/i;
const PRIVACY_URL = /privacy|datenschutz|konfiden|confiden|personal|politika|policy|privacidad|gdpr|dsgvo|pdn|persdan/i;
/** Buttons that open the consent manager, not a document. */
const SETTINGS = /settings|einstellung|preferences|manage|настройк|налаштуван|управлени|керуван|параметр/i;

export function rankPolicyLinks(links: { href: string; text: string; inFooter: boolean }[], pageUrl: string): RankedLink[] {
  const pageSite = siteOf(pageUrl);
  const best = new Map<string, RankedLink>();
  for (const link of links) {
    const href = absolute(link.href, pageUrl);
    if (href === null) continue;
    const ranked = scoreLink(href, link.text, link.inFooter, pageSite, pageUrl);
    if (ranked === null) continue;
    const key = href.replace(/#.*$/, '');
    const prev = best.get(key);
    if (prev === undefined || ranked.score > prev.score) best.set(key, ranked);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function scoreLink(href: string, text: string, inFooter: boolean, pageSite: string | null, pageUrl: string): RankedLink | null {
  const t = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  let path = href;
  try {
    const u = new URL(href);
    path = decodeURIComponent(u.pathname + u.search);
  } catch {
    return null;
  }
  const reasons: string[] = [];
  let cookie = 0;
  let privacy = 0;
  for (const cue of COOKIE_TEXT) {
    if (cue.re.test(t)) {
      cookie += cue.weight;
      reasons.push(cue.label);
      break;
    }
  }
  for (const cue of PRIVACY_TEXT) {
    if (cue.re.test(t)) {
      privacy += cue.weight;
      reasons.push(cue.label);
      break;
    }
  }
  if (COOKIE_URL.test(path)) {
    cookie += 5;
    reasons.push('cookie in address');
  }
  if (PRIVACY_URL.test(path)) {
    privacy += 5;
    reasons.push('privacy in address');
  }
  if (cookie === 0 && privacy === 0) return null;
  const kind: RankedLink['kind'] = cookie > privacy ? 'cookie-policy' : 'privacy-policy';
  // a dedicated cookie policy is the better source for a cookie audit
  let score = Math.max(cookie, privacy) + (kind === 'cookie-policy' ? 3 : 0);
  if (inFooter) {
    score += 4;
    reasons.push('in footer');
  }
  const sameSite = pageSite !== null && siteOf(href) === pageSite;
  if (sameSite) {
    score += 5;
    reasons.push('same site');
  } else {
    score -= 8;
    reasons.push('other site');
  }
  if (SETTINGS.test(t)) {
    score -= 10;
    reasons.push('looks like a settings button');
  }
  if (href.replace(/#.*$/, '') === pageUrl.replace(/#.*$/, '')) {
    score -= 20;
    reasons.push('the page itself');
  }
  return { href, text: t, score, kind, reason: reasons.join(', '), sameSite, inFooter };
}

/** In a fetched privacy policy: the link to a separate cookie policy on the same site, if any. */
export function findCookiePolicyLink(doc: ExtractedDocument, pageUrl: string): string | null {
  const ranked = rankPolicyLinks(doc.links, pageUrl);
  const hit = ranked.find((l) => l.kind === 'cookie-policy' && l.sameSite && l.score > 8);
  return hit?.href ?? null;
}

function absolute(href: string, base: string): string | null {
  const h = href.trim();
  if (h === '' || h.startsWith('#') || /^(?:mailto|tel|javascript|data):/i.test(h)) return null;
  try {
    const u = new URL(h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return getDomain(host) ?? host;
  } catch {
    return null;
  }
}
