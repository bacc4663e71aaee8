// Scores the policy reader against hand-read truth: ../shared/corpus/policies/truth.json (real
// published policies) and test/fixtures/policy/seeds-truth.json (our reading of the five seeds).
// Used by `npm run bench -- policy-accuracy` and by the corpus accuracy test, so both see the
// same figures. Names compare case-insensitively; a wildcard is its fixed part with prefix: true.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, Declarations, Duration, FindVendorMentions, PolicyLanguage } from '../../lib/model/types';
import { decodeBytes, parsePolicy } from '../../lib/policy';
import type { ParsePolicyInput, PolicyDeps } from '../../lib/policy';

export interface TruthRetention {
  kind: 'session' | 'persistent' | 'unknown';
  seconds: number | null;
  maxSeconds: number | null;
}

export interface TruthCookie {
  name: string;
  prefix: boolean;
  /** null: the truth does not judge the category (the seeds). */
  category: Category | null;
  retention: TruthRetention;
  storage?: string;
}

export interface TruthDoc {
  file: string;
  language: string;
  cookies: TruthCookie[];
  vendors: { name: string; hosts: string[] }[];
  not_vendors: string[];
  categories: string[];
  statements: string[];
}

export interface DocScore {
  file: string;
  language: string;
  /** Names found that the truth has, names found that it has not, truth names missed. */
  truePositives: number;
  falseNames: string[];
  missedNames: string[];
  lifetimeRight: number;
  lifetimeWrong: string[];
  categoryJudged: number;
  categoryRight: number;
  vendorsFound: number;
  vendorsMissed: string[];
  vendorsTotal: number;
  deniedRight: number;
  deniedTotal: number;
  /** Vendors the truth says are not used, declared as used anyway. */
  deniedDeclared: string[];
  statementsFound: number;
  statementsTotal: number;
}

/** Truth statement names to the reader's statement kinds. */
const STATEMENT_KIND: Record<string, string> = { 'consent-on-first-visit': 'consent-first-visit' };

export function loadTruth(dir: string, file = 'truth.json'): TruthDoc[] {
  const path = join(dir, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as TruthDoc[]) : [];
}

/** A file read as the CLI reads it: HTML by extension or doctype, anything else as text. */
export function readPolicyFile(path: string, deps: PolicyDeps): Declarations {
  const decoded = decodeBytes(readFileSync(path), null);
  const isHtml = /\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html)/i.test(decoded.text.slice(0, 500));
  const input: ParsePolicyInput = isHtml ? { html: decoded.text, url: null, kind: 'file' } : { text: decoded.text, url: null, kind: 'file' };
  return parsePolicy(input, deps);
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

interface Found {
  lifetime: Duration | null;
  category: Category | null;
}

export function scoreDocument(truth: TruthDoc, d: Declarations, find: FindVendorMentions): DocScore {
  const lang = (truth.language.slice(0, 2) as PolicyLanguage) ?? 'en';
  const found = new Map<string, Found>();
  for (const c of d.cookies) {
    for (const n of c.names) if (!found.has('n:' + n.toLowerCase())) found.set('n:' + n.toLowerCase(), c);
    for (const p of c.prefixes) if (!found.has('p:' + p.toLowerCase())) found.set('p:' + p.toLowerCase(), c);
  }
  const s: DocScore = {
    file: truth.file, language: truth.language, truePositives: 0, falseNames: [], missedNames: [], lifetimeRight: 0, lifetimeWrong: [],
    categoryJudged: 0, categoryRight: 0, vendorsFound: 0, vendorsMissed: [], vendorsTotal: truth.vendors.length, deniedRight: 0, deniedTotal: 0,
    deniedDeclared: [], statementsFound: 0, statementsTotal: truth.statements.length,
  };
  const wanted = new Set<string>();
  for (const t of truth.cookies) {
    const key = (t.prefix ? 'p:' : 'n:') + t.name.toLowerCase();
    wanted.add(key);
    const hit = found.get(key);
    if (hit === undefined) {
      s.missedNames.push(t.name);
      continue;
    }
    s.truePositives++;
    if (lifetimeMatches(t.retention, hit.lifetime)) s.lifetimeRight++;
    else s.lifetimeWrong.push(`${t.name}: ${hit.lifetime === null ? 'none' : `${hit.lifetime.kind} ${hit.lifetime.minSeconds}-${hit.lifetime.maxSeconds} "${hit.lifetime.text}"`}`);
    if (t.category !== null) {
      s.categoryJudged++;
      if ((hit.category ?? 'unknown') === t.category) s.categoryRight++;
    }
  }
  for (const key of found.keys()) if (!wanted.has(key)) s.falseNames.push(key.slice(2) + (key.startsWith('p:') ? '*' : ''));

  const declaredIds = new Set(d.vendors.map((v) => v.vendor));
  const declaredNames = new Set(d.vendors.map((v) => norm(v.name)));
  const providers = d.cookies.map((c) => (c.provider ?? '').toLowerCase()).join(' ');
  const ids = (name: string): string[] => find(name, lang).map((m) => m.vendor);
  for (const v of truth.vendors) {
    const byId = ids(v.name).some((id) => declaredIds.has(id));
    const byName = declaredNames.has(norm(v.name));
    const byHost = v.hosts.some((h) => providers.includes(h.toLowerCase())) || providers.includes(v.name.toLowerCase());
    if (byId || byName || byHost) s.vendorsFound++;
    else s.vendorsMissed.push(v.name);
  }
  const notIds = new Set(truth.not_vendors.flatMap(ids));
  const notNames = new Set(truth.not_vendors.map(norm));
  for (const v of d.vendors) if (notIds.has(v.vendor) || notNames.has(norm(v.name))) s.deniedDeclared.push(v.name);
  for (const item of d.denied ?? []) {
    if (item.kind !== 'vendor') continue;
    s.deniedTotal++;
    if (notIds.has(item.value) || notNames.has(norm(item.name))) s.deniedRight++;
  }
  const kinds = new Set<string>(d.statements.map((x) => x.kind));
  for (const st of truth.statements) if (kinds.has(STATEMENT_KIND[st] ?? st)) s.statementsFound++;
  return s;
}

/** A truth retention and a read lifetime agree on kind and, where the truth gives one, the number. */
export function lifetimeMatches(t: TruthRetention, got: Duration | null): boolean {
  const close = (a: number | null, b: number | null): boolean => a !== null && b !== null && Math.abs(a - b) <= Math.max(1, b * 0.02);
  if (t.kind === 'unknown') return got === null || got.kind === 'unknown';
  if (got === null) return false;
  if (t.kind === 'session') return got.kind === 'session';
  if (got.kind === 'session' || got.kind === 'unknown') return false;
  if (t.seconds === null && t.maxSeconds === null) return got.kind === 'persistent';
  if (t.seconds === null) return close(got.maxSeconds, t.maxSeconds);
  if (t.maxSeconds === null) return close(got.minSeconds ?? got.maxSeconds, t.seconds) && (got.maxSeconds === null || close(got.maxSeconds, t.seconds));
  return close(got.minSeconds, t.seconds) && close(got.maxSeconds, t.maxSeconds);
}

export interface Figure {
  metric: string;
  value: number | null;
  unit: string;
  target?: number;
  [extra: string]: unknown;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

/** Figures over a set of scored documents; `label` names the set ("all", "ru", ...). */
export function figures(scores: DocScore[], label: string): Figure[] {
  const sum = (f: (s: DocScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const tp = sum((s) => s.truePositives);
  const fp = sum((s) => s.falseNames.length);
  const fn = sum((s) => s.missedNames.length);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000;
  const p = `policy.accuracy.${label}`;
  return [
    { metric: `${p}.name.precision`, value: precision, unit: 'ratio', found: tp + fp },
    { metric: `${p}.name.recall`, value: recall, unit: 'ratio', truth: tp + fn },
    { metric: `${p}.name.f1`, value: f1, unit: 'ratio', target: 0.95 },
    { metric: `${p}.lifetime`, value: ratio(sum((s) => s.lifetimeRight), tp), unit: 'ratio', target: 0.95, matched: tp },
    { metric: `${p}.category`, value: ratio(sum((s) => s.categoryRight), sum((s) => s.categoryJudged)), unit: 'ratio', judged: sum((s) => s.categoryJudged) },
    { metric: `${p}.vendor.recall`, value: ratio(sum((s) => s.vendorsFound), sum((s) => s.vendorsTotal)), unit: 'ratio', target: 0.95, truth: sum((s) => s.vendorsTotal) },
    { metric: `${p}.denied.precision`, value: ratio(sum((s) => s.deniedRight), sum((s) => s.deniedTotal)), unit: 'ratio', denied: sum((s) => s.deniedTotal) },
    { metric: `${p}.denied.declared`, value: sum((s) => s.deniedDeclared.length), unit: 'count', target: 0 },
    { metric: `${p}.statement.recall`, value: ratio(sum((s) => s.statementsFound), sum((s) => s.statementsTotal)), unit: 'ratio', truth: sum((s) => s.statementsTotal) },
  ];
}

export interface CorpusRun {
  scores: DocScore[];
  figures: Figure[];
}

/** Reads every document of the truth sets that exist and scores them: overall, per set, per language. */
export function scoreCorpora(sets: { name: string; dir: string; truth: TruthDoc[] }[], deps: PolicyDeps): CorpusRun {
  const find = deps.findVendorMentions;
  const scores: DocScore[] = [];
  const bySet = new Map<string, DocScore[]>();
  for (const set of sets) {
    for (const t of set.truth) {
      const path = join(set.dir, t.file);
      if (!existsSync(path)) continue;
      const s = scoreDocument(t, readPolicyFile(path, deps), find);
      scores.push(s);
      bySet.set(set.name, [...(bySet.get(set.name) ?? []), s]);
    }
  }
  const out = figures(scores, 'all');
  for (const [name, list] of bySet) out.push(...figures(list, name));
  const langs = [...new Set(scores.map((s) => s.language.slice(0, 2)))].sort();
  for (const l of langs) out.push(...figures(scores.filter((s) => s.language.startsWith(l)), `lang.${l}`));
  return { scores, figures: out };
}
