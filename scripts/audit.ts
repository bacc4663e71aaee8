// npm run audit -- [options] <url...>   (see README "Command-line audit")
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { PolicyOverride } from '../lib/observe/policy-flow';
import { parseEdpbKnowledgeBase, parseOcdCsv } from '../lib/policy';
import { intFlag, one, parseArgs, UsageError } from './lib/args';
import { assertExtensionBuilt, auditUrl, DEFAULT_EXTENSION_DIR, type AuditOutcome } from './lib/audit-run';
import { outputName, summaryLine } from './lib/audit-summary';
import { Progress } from './lib/progress';

const USAGE = `usage: npm run audit -- [options] <url...>
  --out DIR                 where to write one JSON export per URL (default: audit-out)
  --consent none|accept|reject   act on the consent banner (default: none)
  --wait MS                 how long to keep recording after load (default: 5000)
  --policy URL|FILE         use this policy instead of discovering one
  --resolve HOST=IP[:PORT]  map a host name to an address for the browser (repeatable)
  --ignore-cert-errors      accept invalid TLS certificates
  --concurrency N           audit N sites at once (default: 1)
  --fail-on high|medium     exit 2 when a finding of that severity (or worse) exists
  --extension DIR           built extension (default: .output/chrome-mv3)`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['ignore-cert-errors', 'help']);
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const urls = args.positionals;
  if (urls.length === 0) throw new UsageError('give at least one URL');
  for (const u of urls) {
    if (!/^https?:\/\//i.test(u)) throw new UsageError(`not an http(s) URL: ${u}`);
  }
  const consent = (one(args, 'consent') ?? 'none') as 'none' | 'accept' | 'reject';
  if (!['none', 'accept', 'reject'].includes(consent)) throw new UsageError('--consent must be none, accept or reject');
  const failOn = one(args, 'fail-on');
  if (failOn !== undefined && failOn !== 'high' && failOn !== 'medium') throw new UsageError('--fail-on must be high or medium');
  const resolveRules = (args.flags.get('resolve') ?? []).map((r) => {
    const m = /^([^=\s]+)=([^\s]+)$/.exec(r);
    if (!m) throw new UsageError(`--resolve takes HOST=IP, got "${r}"`);
    return `MAP ${m[1]} ${m[2]}`;
  });
  const policyArg = one(args, 'policy');
  const policy = policyArg === undefined ? undefined : readPolicyArg(policyArg);
  const out = resolve(one(args, 'out') ?? 'audit-out');
  const extensionDir = resolve(one(args, 'extension') ?? DEFAULT_EXTENSION_DIR);
  assertExtensionBuilt(extensionDir);
  mkdirSync(out, { recursive: true });

  const waitMs = intFlag(args, 'wait', 5000);
  const concurrency = intFlag(args, 'concurrency', 1, 1);
  const progress = new Progress(urls.length);
  const outcomes: AuditOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      const url = urls[index]!;
      const outcome = await auditUrl(url, {
        extensionDir,
        waitMs,
        consent,
        ...(policy ? { policy } : {}),
        ignoreCertErrors: args.flags.has('ignore-cert-errors'),
        navigationTimeoutMs: 45_000,
        onProgress: (step) => progress.update(url, step),
        ...(resolveRules.length ? { hostResolverRules: resolveRules.join(', ') } : {}),
      });
      let file: string | null = null;
      if (outcome.ok) {
        file = resolve(out, outputName(outcome.report, index));
        writeFileSync(file, JSON.stringify(outcome.report, null, 2));
      }
      progress.done(summaryLine(outcome, file));
      outcomes.push(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  progress.finish();

  if (failOn) {
    const worst = failOn === 'high' ? ['high'] : ['high', 'medium'];
    const failing = outcomes.filter((o) => o.ok && o.report.findings.some((f) => worst.includes(f.severity)));
    if (failing.length > 0) {
      console.error(`fail-on ${failOn}: ${failing.length} site(s) have such findings`);
      return 2;
    }
  }
  return 0;
}

/** --policy URL is fetched by the extension as if discovered; --policy FILE is read here and handed over. */
function readPolicyArg(value: string): PolicyOverride {
  if (/^https?:\/\//i.test(value)) return { kind: 'url', url: value };
  if (!existsSync(value)) throw new UsageError(`--policy: no such file or URL: ${value}`);
  const body = readFileSync(value, 'utf8');
  if (/\.csv$/i.test(value)) return { kind: 'declarations', declarations: parseOcdCsv(body), label: basename(value) };
  if (/\.json$/i.test(value)) return { kind: 'declarations', declarations: parseEdpbKnowledgeBase(JSON.parse(body)), label: basename(value) };
  if (/<(html|body|table|p|div)[\s>]/i.test(body)) return { kind: 'html', html: body, label: basename(value) };
  return { kind: 'text', text: body };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`audit: ${error.message}\n\n${USAGE}`);
    else console.error(`audit: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
