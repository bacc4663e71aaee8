// npm run audit -- [options] <url...>   (see README "Command-line audit")
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AuditExport } from '../lib/report/export';
import { intFlag, one, parseArgs, UsageError } from './lib/args';
import { AUDIT_BOOLEAN_FLAGS, AUDIT_OPTIONS_USAGE, consentModeOf, extensionDirOf, sharedAuditOptions } from './lib/audit-options';
import { assertExtensionBuilt, auditUrl, type AuditOutcome } from './lib/audit-run';
import { outputName, summaryLine } from './lib/audit-summary';
import { Progress } from './lib/progress';
import { readExport, writeGpcComparison } from './lib/gpc-compare-cli';

const USAGE = `usage: npm run audit -- [options] <url...>
       npm run audit -- compare-gpc PLAIN.json GPC.json [--lang en|ru|uk] [--html FILE]
  --out DIR                 where to write one JSON export per URL (default: audit-out)
  --consent none|accept|reject   act on the consent banner (default: none)
  --fail-on high|medium     exit 2 when a finding of that severity (or worse) exists
  --evidence                next to each export, a bundle folder: export, report.html/.pdf, requests.har,
                            screenshots/, policy/, manifest.json (check it with npm run verify-evidence -- DIR)
  --lang en|ru|uk           language of the evidence report and the GPC comparison (default: en)
  --compare-gpc             audit each site twice, plainly and with --gpc, and compare: what GPC stopped
                            and what it did not (printed, and NAME.gpc-compare.html next to the exports)
${AUDIT_OPTIONS_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [...AUDIT_BOOLEAN_FLAGS, 'help', 'evidence', 'compare-gpc']);
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const lang = one(args, 'lang') ?? 'en';
  if (lang !== 'en' && lang !== 'ru' && lang !== 'uk') throw new UsageError('--lang must be en, ru or uk');
  if (args.positionals[0] === 'compare-gpc') {
    const [plainPath, gpcPath, ...rest] = args.positionals.slice(1);
    if (!plainPath || !gpcPath || rest.length) throw new UsageError('compare-gpc takes two exports: the plain one, then the one made with --gpc');
    const html = one(args, 'html');
    console.log(writeGpcComparison(readExport(plainPath), readExport(gpcPath), lang, html ? resolve(html) : null).text);
    return 0;
  }
  const compare = args.flags.has('compare-gpc');
  if (compare && args.flags.has('gpc')) throw new UsageError('--compare-gpc makes the --gpc run itself: give one of the two');
  const urls = args.positionals;
  if (urls.length === 0) throw new UsageError('give at least one URL');
  for (const u of urls) {
    if (!/^https?:\/\//i.test(u)) throw new UsageError(`not an http(s) URL: ${u}`);
  }
  const consent = consentModeOf(one(args, 'consent') ?? 'none');
  const failOn = one(args, 'fail-on');
  if (failOn !== undefined && failOn !== 'high' && failOn !== 'medium') throw new UsageError('--fail-on must be high or medium');
  const shared = sharedAuditOptions(args);
  const out = resolve(one(args, 'out') ?? 'audit-out');
  const extensionDir = extensionDirOf(args);
  assertExtensionBuilt(extensionDir);
  mkdirSync(out, { recursive: true });

  const evidence = args.flags.has('evidence');
  const concurrency = intFlag(args, 'concurrency', 1, 1);
  const progress = new Progress(urls.length);
  const outcomes: AuditOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      const url = urls[index]!;
      // With --compare-gpc: the plain run, then the GPC run of the same site, each with its export.
      const runs = compare ? [false, true] : [shared.gpc === true];
      const lines: string[] = [];
      const reports: AuditExport[] = [];
      for (const gpc of runs) {
        const suffix = compare && gpc ? '.gpc' : '';
        const outcome = await auditUrl(url, {
          ...shared,
          ...(gpc ? { gpc: true } : {}),
          extensionDir,
          consent,
          // The bundle folder sits next to the export and has its name without ".json".
          ...(evidence ? { evidence: { locale: lang, dirFor: (report: AuditExport) => resolve(out, outputName(report, index).replace(/\.json$/, suffix)) } } : {}),
          onProgress: (step) => progress.update(url, compare ? `${gpc ? 'GPC' : 'plain'}: ${step}` : step),
        });
        let file: string | null = null;
        if (outcome.ok) {
          file = resolve(out, outputName(outcome.report, index).replace(/\.json$/, `${suffix}.json`));
          writeFileSync(file, JSON.stringify(outcome.report, null, 2));
          reports.push(outcome.report);
        }
        let line = summaryLine(outcome, file);
        const ev = outcome.ok ? outcome.evidence : undefined;
        if (ev) line += ev.dir !== null ? `  evidence -> ${basename(ev.dir)}/` : `  evidence failed: ${ev.error}`;
        lines.push(line);
        outcomes.push(outcome);
      }
      if (compare && reports.length === 2) {
        const html = resolve(out, outputName(reports[1]!, index).replace(/\.json$/, '.gpc-compare.html'));
        try {
          lines.push(writeGpcComparison(reports[0]!, reports[1]!, lang, html).text, `  -> ${basename(html)}`);
        } catch (e) {
          // The two runs ended on different sites (a redirect): say so, keep both exports.
          lines.push(`✗ GPC comparison: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      progress.done(lines.join('\n'));
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`audit: ${error.message}\n\n${USAGE}`);
    else console.error(`audit: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
