// npm run demo: build the extension, start the bundled lab, audit its shop, write demo-report.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_EXTENSION_DIR, auditUrl } from './lib/audit-run';
import { summaryLine } from './lib/audit-summary';
import { Progress } from './lib/progress';
import { startLab } from '../test/lab/server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'demo-report.json');

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    console.error('demo: building the extension (npm run build)…');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const lab = await startLab({ quiet: true });
  try {
    const url = lab.url('www.lab-shop.test', '/');
    console.error(`demo: lab running on 127.0.0.1:${lab.port}; auditing ${url}`);
    const progress = new Progress(1);
    const outcome = await auditUrl(url, {
      extensionDir: DEFAULT_EXTENSION_DIR,
      waitMs: 4000,
      consent: 'none',
      hostResolverRules: lab.hostResolverRules,
      ignoreCertErrors: true,
      navigationTimeoutMs: 30_000,
      onProgress: (step) => progress.update(url, step),
    });
    progress.done(summaryLine(outcome, outcome.ok ? OUT : null));
    if (!outcome.ok) throw new Error(outcome.error);
    writeFileSync(OUT, JSON.stringify(outcome.report, null, 2));
    const r = outcome.report;
    console.log('\ncookies observed before any consent:');
    for (const c of r.observations.cookies) {
      const who = c.classification.vendorName ?? 'unknown vendor';
      console.log(`  ${c.name.padEnd(34)} ${c.domain.padEnd(24)} ${c.firstParty ? '1st' : '3rd'}  ${c.setBy.padEnd(6)} ${who} (${c.classification.category})`);
    }
    if (r.findings.length > 0) {
      console.log('\nfindings:');
      for (const f of r.findings) console.log(`  [${f.severity}] ${f.code}: ${f.message}`);
    }
    console.log(`\nwrote ${OUT}`);
  } finally {
    await lab.close();
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
