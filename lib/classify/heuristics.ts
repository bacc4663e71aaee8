// Last-resort guesses, used only when no list knows the name or host. Confidence stays low so
// the report can say "guessed", and nothing here ever calls an unknown cookie necessary by
// default: only names that announce their purpose get a category.
import type { Category } from '../model/types';

interface NameHeuristic {
  re: RegExp;
  category: Category;
  tracker: boolean;
  why: string;
}

const COOKIE_NAMES: NameHeuristic[] = [
  { re: /(^|[_-])(consent|cookie_?consent|cookies?_?(accepted|policy|notice|agree))/i, category: 'necessary', tracker: false, why: 'stores a consent choice' },
  { re: /(^|[_-])(csrf|xsrf)([_-]?token)?$|^_?csrf/i, category: 'necessary', tracker: false, why: 'anti-forgery token' },
  { re: /(^|[_.-])sess(ion)?(_?id)?$|^sid$/i, category: 'necessary', tracker: false, why: 'server session id' },
  { re: /^(__)?utm[a-z_]*$/i, category: 'analytics', tracker: true, why: 'campaign (UTM) tracking' },
  { re: /(^|[_-])(gclid|fbclid|yclid|msclkid|ttclid)$/i, category: 'marketing', tracker: true, why: 'ad click id' },
  { re: /(^|[_-])(lang|language|locale|currency|theme)$/i, category: 'functional', tracker: false, why: 'preference' },
];

export function guessCookie(name: string): NameHeuristic | null {
  for (const h of COOKIE_NAMES) if (h.re.test(name)) return h;
  return null;
}

// A third-party request whose path reads like a hit counter; ping/beacon types are hits by design.
const TRACKING_PATH = /\/(collect|pixel|beacon|track(ing)?|analytics|metrics?|counter|hit|tr|event|events|telemetry)(\/|\?|\.(gif|png|js|php)|$)/i;
const BEACON_TYPES = new Set(['ping', 'beacon', 'csp_report']);

export function looksLikeTrackingRequest(path: string, type: string): boolean {
  return BEACON_TYPES.has(type) || TRACKING_PATH.test(path);
}
