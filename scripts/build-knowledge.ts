// Builds generated/knowledge.json (curated base + Open Cookie Database) and generated/filters.json
// (EasyPrivacy + RU AdList Counters as a hashed host table). Reads the pinned data from
// CONSENT_AUDITOR_DATA (default <shared>/data, shared = CONSENT_AUDITOR_SHARED or ../shared);
// without it the build still writes a curated-only base and says what is missing.
//   tsx scripts/build-knowledge.ts [--out DIR] [--data DIR] [--quiet]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CURATED_VENDORS, KB_SEMVER } from '../knowledge/index';
import { compileKnowledge } from '../lib/classify/compile';
import { DROPPED, parseFilterList, withoutCoveredHosts } from '../lib/classify/filter-list';
import { encodeKeys, hostKey } from '../lib/classify/host-hash';
import { parseOpenCookieDatabase, type OcdRow } from '../lib/classify/ocd';
import type { DataSourceInfo, FilterTable, GeneratedHeader } from '../lib/classify/types';
import { validateVendors } from '../lib/classify/validate';
import { kbVersionString } from '../lib/classify/version';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  out: string;
  data: string;
  log?: (line: string) => void;
}

export interface BuildResult {
  kbVersion: string;
  dataFound: boolean;
  files: { path: string; bytes: number }[];
  counts: Record<string, number>;
  dropped: Record<string, number>;
}

export function defaultDataDir(): string {
  const shared = process.env.CONSENT_AUDITOR_SHARED ?? resolve(ROOT, '..', 'shared');
  return process.env.CONSENT_AUDITOR_DATA ?? join(shared, 'data');
}

// The data README's table pins each folder to an upstream commit; fall back to the file's hash.
function pinnedCommit(dataDir: string, folder: string, file: string): string {
  const readme = join(dataDir, 'README.md');
  if (existsSync(readme)) {
    const row = readFileSync(readme, 'utf8').split('\n').find((l) => l.startsWith(`| ${folder}/`));
    const commit = row && /commit ([0-9a-f]{7,40})/.exec(row);
    if (commit) return commit[1]!.slice(0, 8);
  }
  return `sha256-${createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 8)}`;
}

export function buildKnowledge(opts: BuildOptions): BuildResult {
  const log = opts.log ?? (() => {});
  const errors = validateVendors(CURATED_VENDORS);
  if (errors.length) throw new Error(`curated knowledge base is invalid:\n  ${errors.join('\n  ')}`);

  const ocdFile = join(opts.data, 'open-cookie-database', 'open-cookie-database.csv');
  const epFile = join(opts.data, 'easyprivacy', 'easyprivacy.txt');
  const ruFile = join(opts.data, 'ruadlist-counters', 'cntblock.txt');
  const counts: Record<string, number> = {};
  const dropped: Record<string, number> = {};

  let ocdRows: OcdRow[] = [];
  let ocdVersion: string | null = null;
  if (existsSync(ocdFile)) {
    const parsed = parseOpenCookieDatabase(readFileSync(ocdFile, 'utf8'));
    ocdRows = parsed.rows;
    ocdVersion = pinnedCommit(opts.data, 'open-cookie-database', ocdFile);
    counts.ocdRows = ocdRows.length;
    counts.ocdSkipped = parsed.skipped.length;
  } else log(`open cookie database: not found at ${ocdFile}; curated names only`);

  const lists: { name: string; file: string; folder: string; license: string }[] = [
    { name: 'easyprivacy', file: epFile, folder: 'easyprivacy', license: 'GPL-3.0 or CC BY-SA 3.0' },
    { name: 'ruadlist-counters', file: ruFile, folder: 'ruadlist-counters', license: 'CC BY 3.0' },
  ];
  const versions: Record<string, string | null> = {};
  const table: Omit<FilterTable, 'header'> = { lists: [], hostHashes: [], paths: [] };
  const listSources: DataSourceInfo[] = [];
  for (const list of lists) {
    if (!existsSync(list.file)) {
      log(`${list.name}: not found at ${list.file}; no filter-list signal from it`);
      versions[list.name] = null;
      listSources.push({ name: list.name, version: 'missing' });
      continue;
    }
    const parsed = parseFilterList(readFileSync(list.file, 'utf8'));
    const version = list.name === 'easyprivacy' && parsed.version ? parsed.version : pinnedCommit(opts.data, list.folder, list.file);
    versions[list.name] = version;
    const hosts = withoutCoveredHosts(parsed.hosts);
    table.lists.push(list.name);
    table.hostHashes.push(encodeKeys(hosts.map(hostKey)));
    const paths: Record<string, string[]> = {};
    for (const [host, set] of [...parsed.paths].sort(([a], [b]) => a.localeCompare(b))) paths[host] = [...set].sort();
    table.paths.push(paths);
    counts[`${list.name}Hosts`] = hosts.length;
    counts[`${list.name}PathRules`] = Object.values(paths).reduce((n, p) => n + p.length, 0);
    for (const [k, n] of Object.entries(parsed.stats)) if (k in DROPPED) dropped[`${list.name}:${k}`] = n;
    listSources.push({ name: list.name, version, file: `${list.folder}/${list.file.split('/').pop()}`, license: list.license, rows: hosts.length });
  }

  const kbVersion = kbVersionString(KB_SEMVER, { ocd: ocdVersion, easyprivacy: versions.easyprivacy ?? null, ruadlist: versions['ruadlist-counters'] ?? null });
  const note = 'Generated file: do not edit or commit. Rebuild with `npm run build:kb`.';
  const curatedSource: DataSourceInfo = { name: 'curated', version: KB_SEMVER, file: 'knowledge/', rows: CURATED_VENDORS.length };
  const ocdSource: DataSourceInfo = ocdVersion
    ? { name: 'open-cookie-database', version: ocdVersion, file: 'open-cookie-database/open-cookie-database.csv', license: 'Apache-2.0', rows: ocdRows.length }
    : { name: 'open-cookie-database', version: 'missing' };
  const header = (sources: DataSourceInfo[]): GeneratedHeader => ({ generatedBy: 'scripts/build-knowledge.ts', note, kbVersion, sources });

  const knowledge = compileKnowledge(CURATED_VENDORS, ocdRows, header([curatedSource, ocdSource]));
  const filters: FilterTable = { header: header(listSources), ...table };
  counts.vendors = knowledge.vendors.length;
  counts.curatedVendors = CURATED_VENDORS.length;
  counts.curatedCookieRules = knowledge.curated.cookies.length;
  counts.curatedHosts = knowledge.curated.hosts.length;
  counts.aliases = knowledge.curated.aliases.length;

  mkdirSync(opts.out, { recursive: true });
  const files: BuildResult['files'] = [];
  for (const [name, value] of [['knowledge.json', knowledge], ['filters.json', filters]] as const) {
    const path = join(opts.out, name);
    const text = JSON.stringify(value);
    writeFileSync(path, text);
    files.push({ path, bytes: Buffer.byteLength(text) });
  }
  const dataFound = ocdVersion !== null || table.lists.length > 0;
  if (!dataFound) log(`data folder ${opts.data} absent: built the curated base only (${kbVersion})`);
  return { kbVersion, dataFound, files, counts, dropped };
}

function main(argv: string[]): void {
  const arg = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quiet = argv.includes('--quiet');
  const out = resolve(arg('--out') ?? join(ROOT, 'generated'));
  const data = resolve(arg('--data') ?? defaultDataDir());
  const result = buildKnowledge({ out, data, log: (line) => console.warn(`build-knowledge: ${line}`) });
  if (quiet) return;
  console.log(`build-knowledge: ${result.kbVersion}`);
  for (const f of result.files) console.log(`  ${f.path}  ${(f.bytes / 1024).toFixed(1)} KiB`);
  console.log(`  counts ${JSON.stringify(result.counts)}`);
  if (Object.keys(result.dropped).length) console.log(`  dropped rule kinds ${JSON.stringify(result.dropped)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
