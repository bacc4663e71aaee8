// `npm run lab [-- --port N]`: starts the lab and keeps it up until Ctrl-C, printing what a
// person needs to point a browser at it (port, --host-resolver-rules value, site list).
import { findChromium } from '../../scripts/lib/find-chromium.mjs';
import { startLab } from './server';
import { LAB_SITES } from './sites';

function portArg(argv: string[]): number | undefined {
  const i = argv.indexOf('--port');
  if (i < 0) return undefined;
  const port = Number(argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number 0-65535, got ${argv[i + 1] ?? 'nothing'}`);
  return port;
}

async function main(): Promise<void> {
  const port = portArg(process.argv.slice(2));
  const lab = await startLab(port === undefined ? {} : { port });
  const out = process.stdout;
  out.write(`Consent Auditor lab on https://127.0.0.1:${lab.port} (${lab.hosts.length} host names)\n\n`);
  out.write('Start Chromium with:\n');
  out.write(`  ${findChromium()?.path ?? 'chromium'} --ignore-certificate-errors --host-resolver-rules="${lab.hostResolverRules}"\n\n`);
  out.write('Sites:\n');
  for (const site of LAB_SITES) {
    const cmp = site.cmp ? ` [${site.cmp}, ${site.honoursConsent ? 'honours' : 'violates'}]` : '';
    out.write(`  ${site.id.padEnd(22)} ${lab.url(site.host, site.path)}${cmp}\n`);
  }
  out.write(`\nBeacons: ${lab.url(LAB_SITES[0]?.host ?? 'www.lab-shop.test', '/__lab/beacons')}\nCtrl-C to stop.\n`);
  const stop = (): void => {
    void lab.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`lab: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
