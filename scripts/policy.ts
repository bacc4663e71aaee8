// npm run policy -- <file|url> [--lang ru|uk|en|kk|de] [--no-follow]
// Prints the declarations the policy engine reads from a saved policy (text or HTML, any
// charset) or a policy URL. For a URL it follows one hop to a separate cookie policy, as the
// extension does.
import { readFileSync } from 'node:fs';
import { findVendorMentions, knownCookieName } from '../lib/classify';
import type { Declarations, PolicyLanguage } from '../lib/model/types';
import { extractDocument, fetchPolicy, findCookiePolicyLink, mergeDeclarations, parsePolicy } from '../lib/policy';
import type { FetchedPolicy, ParsePolicyInput } from '../lib/policy';
import { PolicyInputError, checkPolicyFile, policyOverrideFromFile } from '../lib/policy/input-check';

const LANGS = new Set(['ru', 'uk', 'en', 'kk', 'de']);
const deps = { findVendorMentions, knownCookie: knownCookieName };

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage: npm run policy -- <file|url> [--lang ru|uk|en|kk|de] [--no-follow]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { target: string; lang?: PolicyLanguage; follow: boolean } {
  let target: string | undefined;
  let lang: PolicyLanguage | undefined;
  let follow = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') {
      const v = argv[++i] ?? '';
      if (!LANGS.has(v)) usage(`--lang must be one of ru, uk, en, kk, de (got "${v}").`);
      lang = v as PolicyLanguage;
    } else if (a.startsWith('--lang=')) {
      const v = a.slice(7);
      if (!LANGS.has(v)) usage(`--lang must be one of ru, uk, en, kk, de (got "${v}").`);
      lang = v as PolicyLanguage;
    } else if (a === '--no-follow') follow = false;
    else if (a.startsWith('--')) usage(`Unknown option ${a}.`);
    else if (target === undefined) target = a;
    else usage(`Only one file or URL, please (got "${target}" and "${a}").`);
  }
  if (target === undefined) usage('Give a policy file or URL.');
  return lang === undefined ? { target, follow } : { target, lang, follow };
}

function withLang(input: ParsePolicyInput, lang: PolicyLanguage | undefined): ParsePolicyInput {
  return lang === undefined ? input : { ...input, lang };
}

function fromFile(path: string, lang: PolicyLanguage | undefined): Declarations {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    usage(`Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // A file that is not a readable policy is named for what it is, never read as "declares nothing".
  try {
    const checked = checkPolicyFile(bytes, path);
    if (checked.note !== undefined) process.stderr.write(`note: ${checked.note}\n`);
    const override = policyOverrideFromFile(bytes, path, deps);
    if (override.kind === 'declarations') return override.declarations;
    const input: ParsePolicyInput = override.kind === 'html' ? { html: override.html, url: null, kind: 'file' } : { text: checked.text, url: null, kind: 'file' };
    return parsePolicy(withLang(input, lang), deps);
  } catch (e) {
    if (!(e instanceof PolicyInputError)) throw e;
    process.stderr.write(`policy: ${e.message}\n`);
    process.exit(1);
  }
}

function fetched(page: FetchedPolicy & { ok: true }, kind: ParsePolicyInput['kind'], lang: PolicyLanguage | undefined): Declarations {
  if (page.note !== undefined) process.stderr.write(`note: ${page.note}\n`);
  const base = { url: page.url, kind, fetchedAt: new Date().toISOString(), truncated: page.truncated };
  const input: ParsePolicyInput = page.html !== undefined ? { ...base, html: page.html } : { ...base, text: page.text ?? '' };
  return parsePolicy(withLang(input, lang), deps);
}

async function fromUrl(url: string, lang: PolicyLanguage | undefined, follow: boolean): Promise<Declarations> {
  const page = await fetchPolicy(url, { fetch: globalThis.fetch });
  if (!page.ok) {
    process.stderr.write(`${page.message}\n`);
    process.exit(1);
  }
  const first = fetched(page, 'privacy-policy', lang);
  if (!follow || page.html === undefined) return first;
  const stated = first.statements.find((s) => s.kind === 'separate-cookie-policy')?.url;
  const next = stated ?? findCookiePolicyLink(extractDocument(page.html, page.url), page.url);
  if (next === null || next === page.url) return first;
  process.stderr.write(`following the cookie policy link: ${next}\n`);
  const second = await fetchPolicy(next, { fetch: globalThis.fetch });
  if (!second.ok) {
    process.stderr.write(`${second.message}\n`);
    return first;
  }
  return mergeDeclarations(first, fetched(second, 'cookie-policy', lang));
}

async function main(): Promise<void> {
  const { target, lang, follow } = parseArgs(process.argv.slice(2));
  const declarations = /^https?:\/\//i.test(target) ? await fromUrl(target, lang, follow) : fromFile(target, lang);
  process.stdout.write(JSON.stringify(declarations, null, 2) + '\n');
}

void main();
