// Command-line classifier for auditors. JSON out.
//   npm run classify -- --cookie NAME [--domain D] [--site S]
//   npm run classify -- --url URL [--type T] [--site S]
//   npm run classify -- --text FILE [--lang ru|uk|en|kk|de]
//   npm run classify -- --vendor ID
// --site defaults to the eTLD+1 of --domain (cookies: first party) or "" (requests: third party).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDomain } from 'tldts';
import { defaultClassifier, KB_VERSION } from '../lib/classify/index';
import type { PolicyLanguage } from '../lib/model/types';

const LANGS: readonly PolicyLanguage[] = ['ru', 'uk', 'en', 'kk', 'de', 'unknown'];
const USAGE = `usage:
  npm run classify -- --cookie NAME [--domain D] [--site S]
  npm run classify -- --url URL [--type T] [--site S]
  npm run classify -- --text FILE [--lang ru|uk|en|kk|de]
  npm run classify -- --vendor ID`;

// Policies are often Cyrillic; a quick guess beats making the auditor pass --lang every time.
function guessLanguage(text: string): PolicyLanguage {
  const cyr = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const lat = (text.match(/[a-z]/gi) ?? []).length;
  if (cyr > lat) return /[іїєґ]/i.test(text) ? 'uk' : 'ru';
  return /\b(und|der|die|das|wir)\b/i.test(text) ? 'de' : 'en';
}

export function run(argv: string[]): { code: number; output: unknown } {
  const arg = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const c = defaultClassifier();
  const cookie = arg('--cookie');
  const url = arg('--url');
  const text = arg('--text');
  const vendor = arg('--vendor');
  if (cookie !== undefined) {
    const domain = arg('--domain') ?? '';
    const site = arg('--site') ?? (domain ? (getDomain(domain.replace(/^\./, '')) ?? '') : '');
    return { code: 0, output: { kbVersion: KB_VERSION, cookie, domain, site, classification: c.classifyCookie(cookie, domain, site) } };
  }
  if (url !== undefined) {
    const site = arg('--site') ?? '';
    const type = arg('--type') ?? 'other';
    return { code: 0, output: { kbVersion: KB_VERSION, url, type, site, classification: c.classifyRequest(url, type, site) } };
  }
  if (text !== undefined) {
    let body: string;
    try {
      body = readFileSync(text, 'utf8');
    } catch (e) {
      return { code: 2, output: { error: `cannot read ${text}: ${(e as Error).message}` } };
    }
    const given = arg('--lang') as PolicyLanguage | undefined;
    if (given !== undefined && !LANGS.includes(given)) return { code: 2, output: { error: `unknown --lang ${given}` } };
    const lang = given ?? guessLanguage(body);
    const mentions = c.findVendorMentions(body, lang);
    const vendors = [...new Set(mentions.map((m) => m.vendor))].map((id) => {
      const v = c.vendorById(id);
      return { id, name: v?.name ?? id, category: v?.category ?? 'unknown', tracker: v?.tracker ?? false, mentions: mentions.filter((m) => m.vendor === id).length };
    });
    return { code: 0, output: { kbVersion: KB_VERSION, file: text, lang, vendors, mentions } };
  }
  if (vendor !== undefined) {
    const v = c.vendorById(vendor);
    return v ? { code: 0, output: { kbVersion: KB_VERSION, vendor: v } } : { code: 1, output: { error: `no vendor ${vendor}` } };
  }
  return { code: 2, output: { error: 'nothing to classify', usage: USAGE } };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { code, output } = run(process.argv.slice(2));
  (code === 0 ? console.log : console.error)(JSON.stringify(output, null, 2));
  process.exitCode = code;
}
