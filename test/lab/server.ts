// The lab: one HTTPS server on 127.0.0.1 that answers for every lab site and every impersonated
// vendor by the Host header. Chromium reaches it through --host-resolver-rules
// ("MAP mc.yandex.ru 127.0.0.1:PORT"), so pages, SDKs and beacons keep their real host names and
// URLs carry no port. Nothing here reaches the internet.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAssets, defaultSharedDir } from './assets';
import { makeCertificate } from './cert';
import { notFound, parseCookieHeader, type Beacon, type HostHandler, type LabRequest, type LabResponse } from './http';
import { SITE_SERVERS } from './sites/index';
import { VENDORS } from './vendors/index';

export type { Beacon } from './http';

export interface LabOptions {
  /** Port to listen on; default 0 (a free one), so two labs can run at once. */
  port?: number;
  /** Folder with seeds/ (env CONSENT_AUDITOR_SHARED, default <repo>/../shared). */
  sharedDir?: string;
  /** Print nothing (by default 404s and handler errors are logged to stderr). */
  quiet?: boolean;
}

export interface Lab {
  port: number;
  hosts: string[];
  /** Value for Chromium's --host-resolver-rules. */
  hostResolverRules: string;
  /** The URL to open in Chromium, e.g. url('www.lab-shop.test', '/') -> https://www.lab-shop.test/ */
  url(host: string, path?: string): string;
  beacons(): Beacon[];
  clearBeacons(): void;
  close(): Promise<void>;
}

const MAX_BODY = 4 * 1024 * 1024;

export async function startLab(opts: LabOptions = {}): Promise<Lab> {
  const assets = await createAssets(opts.sharedDir ?? defaultSharedDir());
  const routes = new Map<string, HostHandler>();
  for (const part of [...SITE_SERVERS.map((f) => f(assets)), ...VENDORS.map((f) => f(assets))]) {
    for (const host of part.hosts) {
      if (routes.has(host)) throw new Error(`lab host ${host} is claimed twice`);
      routes.set(host, part.handle);
    }
  }
  const hosts = [...routes.keys()].sort();
  const beacons: Beacon[] = [];
  const log = opts.quiet ? () => undefined : (line: string) => process.stderr.write(`[lab] ${line}\n`);

  const { key, cert } = await makeCertificate(hosts);
  const server = createServer({ key, cert }, (req, res) => {
    void serve(req, res, routes, beacons, log);
  });
  await listen(server, opts.port ?? 0);
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    hosts,
    hostResolverRules: resolverRules(hosts, port),
    url: (host, path = '/') => `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    beacons: () => beacons.slice(),
    clearBeacons: () => {
      beacons.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Chromium accepts a replacement port in MAP rules (checked on Chromium 156), so page URLs stay
 * port-less. Every other name fails fast instead of waiting on DNS that cannot reach anything.
 */
export function resolverRules(hosts: string[], port: number): string {
  return [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  routes: Map<string, HostHandler>,
  beacons: Beacon[],
  log: (line: string) => void,
): Promise<void> {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const url = new URL(req.url ?? '/', `https://${host || 'lab'}`);
  const method = req.method ?? 'GET';
  try {
    const body = await readBody(req);
    corsHeaders(req, res);
    if (method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    // Browsers ask every host for one; a 404 would only add noise to the logs.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'max-age=86400' }).end();
      return;
    }
    if (url.pathname === '/__lab/beacons') {
      send(res, { type: 'application/json', body: JSON.stringify(beacons, null, 1) });
      return;
    }
    const handler = routes.get(host);
    const labReq: LabRequest = {
      method,
      host,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      cookies: parseCookieHeader(req.headers.cookie),
      body,
    };
    const answer = handler ? await handler(labReq) : notFound(`The lab does not serve ${host}`);
    const response = answer ?? notFound(`No ${url.pathname} on ${host}`);
    if (response.beacon) beacons.push({ time: Date.now(), method, host, path: url.pathname, bodySize: body.length });
    if ((response.status ?? 200) === 404) log(`404 ${method} https://${host}${url.pathname}`);
    send(res, response);
  } catch (error) {
    log(`500 ${method} https://${host}${url.pathname}: ${String(error)}`);
    if (!res.headersSent) send(res, { status: 500, type: 'text/plain', body: 'lab error' });
  }
}

function send(res: ServerResponse, r: LabResponse): void {
  const headers: Record<string, string | string[]> = { 'cache-control': 'no-store', ...r.headers };
  if (r.body !== undefined) headers['content-type'] = r.type ?? 'text/html; charset=utf-8';
  if (r.setCookies?.length) headers['set-cookie'] = r.setCookies;
  res.writeHead(r.status ?? 200, headers);
  res.end(r.body);
}

// SDKs post JSON cross-origin with credentials; the real APIs allow the calling origin.
function corsHeaders(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  const asked = req.headers['access-control-request-headers'];
  if (asked) res.setHeader('access-control-allow-headers', asked);
  res.setHeader('access-control-max-age', '600');
  res.setHeader('vary', 'Origin');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
