// Firefox for the end-to-end tests: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi, the e2e build of the add-on (the only build with the export channel,
// lib/model/e2e-channel.ts), and a CONNECT proxy that sends every lab host name to the lab.
// Firefox has no --host-resolver-rules with a port (network.dns.forceResolve keeps port 443),
// so the proxy is what --host-resolver-rules is to Chromium; any other host gets a 502.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { E2E_REQUEST_EVENT, E2E_RESPONSE_EVENT, type E2eAsk, type E2eRequest, type E2eResponse } from '../../lib/model/e2e-channel';
import type { AuditExport } from '../../lib/report/export';
import type { Lab } from '../lab/server';
import { OUTPUT_DIR } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_E2E_DIR = resolve(ROOT, '.output/firefox-mv2-e2e');

/** $FIREFOX_PATH, else Debian's firefox-esr (what .ci/run installs); null when neither exists. */
export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** `wxt build -b firefox` with the test flag, into .output/firefox-mv2-e2e (about 3 s). */
export function buildFirefoxE2e(): void {
  execFileSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
    cwd: ROOT,
    env: { ...process.env, CONSENT_AUDITOR_E2E: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (!existsSync(resolve(FIREFOX_E2E_DIR, 'manifest.json'))) throw new Error(`the Firefox e2e build left no manifest in ${FIREFOX_E2E_DIR}`);
}

/** A CONNECT proxy on 127.0.0.1 tunnelling lab host names (any port) to the lab. */
export async function startLabProxy(lab: Lab): Promise<{ port: number; close(): Promise<void> }> {
  const hosts = new Set(lab.hosts);
  const server: Server = createServer((_req, res) => {
    res.writeHead(502).end();
  });
  server.on('connect', (req, client, head) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!hosts.has(host)) {
      client.end('HTTP/1.1 502 Not a lab host\r\n\r\n');
      return;
    }
    const upstream = connect(lab.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export interface FirefoxHarness {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

/** Headless Firefox, fresh profile (puppeteer makes a temporary one), the e2e add-on installed. */
export async function openFirefox(executablePath: string, lab: Lab): Promise<FirefoxHarness> {
  const proxy = await startLabProxy(lab);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    timeout: 60_000,
    // The lab's certificate is made at start-up and signed by nobody (Chromium: --ignore-certificate-errors).
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Third-party cookies as the audit browser has them (no total cookie protection), so a
      // tracker's cookie lands in the jar where the extension sees it, as in Chromium.
      'network.cookie.cookieBehavior': 0,
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_E2E_DIR);
    return {
      browser,
      addonId,
      close: async () => {
        await browser.close().catch(() => undefined);
        await proxy.close();
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    await proxy.close();
    throw error;
  }
}

/** Asks the add-on a popup question about the tab showing `page`, through the page (the e2e channel). */
export async function askFirefox(page: Page, ask: E2eAsk, timeoutMs = 10_000): Promise<unknown> {
  const request: E2eRequest = { id: `${Date.now()}-${Math.random()}`, ask };
  // A source string, not a function: tsx and vitest wrap named functions in a __name helper the page lacks.
  const text = (await page.evaluate(`new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the add-on did not answer ${ask} within ${timeoutMs} ms')), ${timeoutMs});
    const onAnswer = (e) => {
      if (typeof e.detail !== 'string' || JSON.parse(e.detail).id !== ${JSON.stringify(request.id)}) return;
      clearTimeout(timer);
      document.removeEventListener(${JSON.stringify(E2E_RESPONSE_EVENT)}, onAnswer);
      resolve(e.detail);
    };
    document.addEventListener(${JSON.stringify(E2E_RESPONSE_EVENT)}, onAnswer);
    document.dispatchEvent(new CustomEvent(${JSON.stringify(E2E_REQUEST_EVENT)}, { detail: ${JSON.stringify(JSON.stringify(request))} }));
  })`)) as string;
  const answer = JSON.parse(text) as E2eResponse;
  if (answer.error) throw new Error(`the add-on failed to answer ${ask}: ${answer.error}`);
  return answer.result;
}

/** The add-on's export for the tab showing `page`. */
export async function readFirefoxExport(page: Page, timeoutMs = 10_000): Promise<AuditExport | null> {
  return (await askFirefox(page, 'get-report', timeoutMs)) as AuditExport | null;
}

/**
 * Asks for the export until `ready` holds (beacons and cookie events arrive after the load event,
 * later under load), then returns it; after `timeoutMs` it fails with what was still missing.
 */
export async function waitForFirefoxExport(page: Page, ready: (r: AuditExport) => string[] | Promise<string[]>, timeoutMs = 45_000): Promise<AuditExport> {
  const deadline = Date.now() + timeoutMs;
  let missing: string[] = ['no export yet'];
  let last: AuditExport | null = null;
  while (Date.now() < deadline) {
    last = await readFirefoxExport(page).catch(() => null);
    if (last) {
      missing = await ready(last);
      if (missing.length === 0) return last;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const file = resolve(OUTPUT_DIR, `firefox-incomplete-${new URL(page.url()).host}.json`);
  if (last) writeFileSync(file, JSON.stringify(last, null, 2));
  throw new Error(`after ${timeoutMs} ms the Firefox export still lacks: ${missing.join(', ')}${last ? ` (the last export: ${file})` : ''}`);
}
