import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Response, Worker } from 'playwright-core';
import { launchChromium, waitForServiceWorker, type LaunchedChromium } from './chromium';
import { browserFacts, fetchPolicies, printPdf, screenshot } from './evidence-collect';
import { writeEvidenceBundle, type EvidenceScreenshot } from './evidence';
import { armAutoconsent, type AutoconsentResult, type PressNotice } from '../../lib/consent/autoconsent-cli';
import { pressBanner } from '../../lib/consent/press-banner';
import type { Locale } from '../../lib/compare/catalog';
import type { ConsentSummary } from '../../lib/model/types';
import type { PolicyOverride } from '../../lib/observe/policy-flow';
import type { ConsentAction, EvidenceManifest, RunMetadata } from '../../lib/report/evidence';
import type { AuditExport } from '../../lib/report/export';

export const DEFAULT_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface AuditOptions {
  extensionDir: string;
  waitMs: number;
  consent: 'none' | 'accept' | 'reject';
  hostResolverRules?: string;
  ignoreCertErrors: boolean;
  navigationTimeoutMs: number;
  /** The policy to compare with instead of the one discovered on the page. */
  policy?: PolicyOverride;
  /** Send Global Privacy Control: the Sec-GPC: 1 request header and navigator.globalPrivacyControl. */
  gpc?: boolean;
  /**
   * Write an evidence bundle for the site (screenshots, report.html/pdf, HAR, policy copies,
   * manifest) into the folder `dirFor` names, while the audit browser is still open.
   */
  evidence?: { locale: Locale; dirFor(report: AuditExport): string };
  onProgress?(message: string): void;
  /** Aborting closes the browser at once; the outcome then says why (the signal's reason). */
  signal?: AbortSignal;
  /** False when the caller handles Ctrl-C itself (see LaunchOptions.handleSignals). */
  handleSignals?: boolean;
}

/**
 * Why an audit failed, so a campaign can decide whether to try again: network and crash are
 * worth a retry, a page that answers but breaks is not. Absent in outcomes of older callers.
 */
export type FailureKind = 'network' | 'timeout' | 'crash' | 'stopped' | 'page';

export type AuditOutcome =
  | { ok: true; url: string; report: AuditExport; evidence?: { dir: string; manifest: EvidenceManifest } | { dir: null; error: string } }
  | { ok: false; url: string; error: string; failure?: FailureKind };

type Automation = NonNullable<ConsentSummary['automation']>;

/** What the CLI pressed, and when it said so. */
interface Pressed extends PressNotice {
  path: 'autoconsent' | 'banner-finder';
  /** Epoch ms of the notice, just before the click. */
  at: number;
}

/** Tells the extension's worker what the CLI is about to press: the consent moment of the run. */
async function announcePress(sw: Worker, page: Page, choice: 'accept' | 'reject', p: Omit<Pressed, 'at'>): Promise<void> {
  const tabId = await tabIdOf(sw, page);
  if (tabId < 0) return;
  await sw.evaluate(
    ([id, notice]) =>
      (globalThis as unknown as { consentAuditor: { automationNotice(id: number, n: unknown): Promise<void> } }).consentAuditor.automationNotice(id, notice),
    [tabId, { choice, path: p.path, rule: p.rule, selector: p.selector, label: p.label }] as const,
  );
}

/** Abort reason that marks a stop as a timeout (anything else counts as "stopped"). */
export class AuditTimeout extends Error {}

export function assertExtensionBuilt(dir: string): void {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run "npm run build" first.`);
  }
}

/** The browser's id for the tab showing `page` (-1 when none), asked of the extension's worker. */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  return sw.evaluate(async (pageUrl: string) => {
    const g = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
    const tabs = await g.chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => t.url?.startsWith('http'));
    return tab?.id ?? -1;
  }, page.url());
}

/** Reads the audit of the tab showing `page` straight from the extension's worker. */
export async function readExport(sw: Worker, page: Page): Promise<AuditExport | null> {
  const tabId = await tabIdOf(sw, page);
  if (tabId < 0) return null;
  return sw.evaluate(
    (id: number) => (globalThis as unknown as { consentAuditor: { exportTab(id: number): Promise<unknown> } }).consentAuditor.exportTab(id) as Promise<never>,
    tabId,
  );
}

/** Opens one URL in a fresh profile with the extension and returns the extension's own export. */
export async function auditUrl(url: string, opts: AuditOptions): Promise<AuditOutcome> {
  const stopped = (): AuditOutcome | null => {
    const reason: unknown = opts.signal?.reason;
    if (!opts.signal?.aborted) return null;
    const timeout = reason instanceof AuditTimeout;
    return { ok: false, url, error: reason instanceof Error ? reason.message : 'stopped', failure: timeout ? 'timeout' : 'stopped' };
  };
  if (opts.signal?.aborted) return stopped()!;
  const launchOpts: Parameters<typeof launchChromium>[0] = { extensionDir: opts.extensionDir, ignoreCertErrors: opts.ignoreCertErrors };
  if (opts.hostResolverRules) launchOpts.hostResolverRules = opts.hostResolverRules;
  if (opts.handleSignals === false) launchOpts.handleSignals = false;
  const startedAt = new Date();
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  try {
    browser = await launchChromium(launchOpts);
  } catch (error) {
    return { ok: false, url, error: `the browser did not start: ${firstLine(error)}`, failure: 'crash' };
  }
  let closing = false;
  let crashed = false;
  browser.context.on('close', () => {
    if (!closing) crashed = true;
  });
  const onAbort = () => {
    closing = true;
    void closeQuietly(browser.context, browser.close);
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await auditIn(browser, url, opts, startedAt);
  } catch (error) {
    return stopped() ?? (crashed ? { ok: false, url, error: 'the browser crashed', failure: 'crash' } : { ok: false, url, error: firstLine(error), failure: 'page' });
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    closing = true;
    await closeQuietly(browser.context, browser.close);
  }
}

async function auditIn(browser: LaunchedChromium, url: string, opts: AuditOptions, startedAt: Date): Promise<AuditOutcome> {
  const context = browser.context;
  const sw = await waitForServiceWorker(context);
  if (opts.policy) {
    const site = await siteOfUrl(url);
    await sw.evaluate(
      ([s, o]) => (globalThis as unknown as { consentAuditor: { setPolicyOverride(s: string, o: unknown): Promise<void> } }).consentAuditor.setPolicyOverride(s, o),
      [site, opts.policy] as const,
    );
  }
  if (opts.gpc) {
    // https://privacycg.github.io/gpc-spec/: the header on every request, the property in every frame.
    await context.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
    // As source text, not a function: under tsx (npm run audit) a function's text carries esbuild's
    // __name() helper, which the page does not have, and the script then throws before defining it.
    await context.addInitScript({ content: "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });" });
  }
  const page = await context.newPage();
  const shots: EvidenceScreenshot[] = [];
  const shoot = async (moment: 'banner' | 'after-click' | 'end', fullPage = false) => {
    if (!opts.evidence) return;
    const s = await screenshot(page, moment, shots.length + 1, 0, fullPage);
    if (s) shots.push(s);
  };
  let pressed: Pressed | null = null;
  const choice = opts.consent === 'accept' ? 'accept' : 'reject';
  const beforePress = (path: Pressed['path']) => async (notice: PressNotice) => {
    await shoot('banner');
    pressed = { ...notice, path, at: Date.now() };
    await announcePress(sw, page, choice, pressed).catch(() => undefined);
  };
  // Pressing waits for the load event: a person reads the page once it is there.
  let loaded = () => {};
  const ready = new Promise<void>((r) => (loaded = r));
  const armed = opts.consent === 'none' ? null : await armAutoconsent(page, opts.consent === 'accept' ? 'optIn' : 'optOut', beforePress('autoconsent'), ready);
  opts.onProgress?.('loading');
  let response: Response | null;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: opts.navigationTimeoutMs });
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    const message = describeNavigationError(error);
    return { ok: false, url, error: message, failure: message.startsWith('unreachable:') ? 'network' : /did not finish loading/.test(message) ? 'timeout' : 'page' };
  } finally {
    loaded();
  }
  let automation: Automation | undefined;
  if (opts.consent !== 'none' && armed) {
    opts.onProgress?.(`looking for the consent banner to ${opts.consent}`);
    automation = await actOnBanner(page, choice, armed, beforePress('banner-finder'));
    if (pressed && opts.evidence) {
      await page.waitForTimeout(700);
      await shoot('after-click');
    }
  }
  if (!shots.some((s) => s.ref.moment === 'banner')) await shoot('banner');
  opts.onProgress?.(`recording for ${Math.round(opts.waitMs / 1000)} s`);
  await page.waitForTimeout(opts.waitMs);
  await shoot('end', true);
  const report = await readExport(sw, page);
  if (!report) return { ok: false, url, error: 'the extension recorded no session for this page', failure: 'page' };
  const p = pressed as Pressed | null;
  if (automation) {
    report.consent.automation = p ? { ...automation, path: p.path, rule: p.rule, selector: p.selector, label: p.label, at: Math.max(0, p.at - Date.parse(report.startedAt)) } : automation;
  }
  if (opts.gpc) report.gpc = true;
  if (!opts.evidence) return { ok: true, url, report };
  opts.onProgress?.('writing the evidence bundle');
  const dir = opts.evidence.dirFor(report);
  try {
    const manifest = await bundle(dir, opts, { url, response, page, sw, browser, report, shots, pressed: p, automation, startedAt });
    return { ok: true, url, report, evidence: { dir, manifest } };
  } catch (error) {
    return { ok: true, url, report, evidence: { dir: null, error: firstLine(error) } };
  }
}

interface BundleParts {
  url: string;
  response: Response | null;
  page: Page;
  sw: Worker;
  browser: LaunchedChromium;
  report: AuditExport;
  shots: EvidenceScreenshot[];
  pressed: Pressed | null;
  automation: Automation | undefined;
  startedAt: Date;
}

async function bundle(dir: string, opts: AuditOptions, b: BundleParts): Promise<EvidenceManifest> {
  const navStart = Date.parse(b.report.startedAt);
  for (const s of b.shots) s.ref.time = Math.max(0, Date.parse(s.ref.takenAt) - navStart);
  const facts = await browserFacts(b.browser.context, b.page, b.browser.userDataDir, b.browser.args);
  const redirects: string[] = [];
  for (let req = b.response?.request() ?? null; req; req = req.redirectedFrom()) redirects.unshift(req.url());
  const consent: ConsentAction = {
    mode: opts.consent,
    path: b.pressed?.path ?? null,
    rule: b.pressed?.rule ?? null,
    selector: b.pressed?.selector ?? null,
    label: b.pressed?.label ?? null,
    time: b.pressed ? Math.max(0, b.pressed.at - navStart) : null,
    result: b.automation ? (b.automation.note ?? (b.automation.clicked ? `clicked ${b.automation.clicked}` : 'nothing pressed')) : null,
  };
  const policies = await fetchPolicies(b.sw, b.report);
  const run: RunMetadata = {
    tool: b.report.tool,
    browser: { name: facts.name, build: facts.build, userAgent: facts.userAgent, flags: facts.flags, headless: b.browser.headless },
    locale: facts.locale,
    timeZone: facts.timeZone,
    viewport: facts.viewport,
    startedAt: b.startedAt.toISOString(),
    endedAt: new Date().toISOString(),
    initialUrl: b.url,
    finalUrl: b.page.url(),
    redirects: redirects.length > 1 ? redirects : [],
    consent,
    profile: b.browser.freshProfile
      ? { clean: true, statement: 'A new, empty browser profile was created for this site and deleted after it: no cookies, storage or cache from earlier visits.' }
      : { clean: false, statement: `The browser profile ${b.browser.userDataDir} was reused: earlier visits may have left cookies, storage and cache.` },
  };
  return writeEvidenceBundle(dir, {
    report: b.report,
    run,
    screenshots: b.shots,
    policies,
    locale: opts.evidence!.locale,
    renderPdf: (html) => printPdf(b.browser.context, html, `${b.report.page.site} · ${b.report.startedAt}`),
  });
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/**
 * Presses accept or reject like a person would. autoconsent knows hundreds of consent managers;
 * home-made banners (common on Russian sites) it does not, and a CMP rule can find the CMP's API
 * with no popup of its own to press (a site's own notice on top of it), so our banner finder,
 * which reads the visible buttons in five languages, is the fallback in both cases.
 */
async function actOnBanner(
  page: Page,
  choice: 'accept' | 'reject',
  armed: { result(timeoutMs?: number): Promise<AutoconsentResult> },
  beforePress: (notice: PressNotice) => Promise<void>,
): Promise<Automation> {
  const auto = await armed.result(6000);
  if (auto.done) return { requested: choice, bannerFound: true, clicked: `autoconsent rule "${auto.cmp}"` };
  const why = auto.cmp ? (auto.popupFound ? `autoconsent rule "${auto.cmp}" did not finish (${auto.error ?? 'no result'})` : `autoconsent found ${auto.cmp} but no popup of it`) : null;
  try {
    const pressed = await pressBanner(page, choice, (n) => beforePress({ rule: n.rule, selector: n.selector, label: n.label }));
    const via = why ? `; ${why}` : '';
    if (pressed.clicked) return { requested: choice, bannerFound: true, clicked: pressed.clicked, note: `banner: ${pressed.cmp}${via}` };
    if (pressed.cmp) return { requested: choice, bannerFound: true, clicked: null, note: `a ${pressed.cmp} banner was found but it has no ${choice} button${via}` };
  } catch (error) {
    return { requested: choice, bannerFound: true, clicked: null, note: `pressing the banner failed: ${firstLine(error)}` };
  }
  return { requested: choice, bannerFound: false, clicked: null, note: why ? `no banner button found (${why})` : auto.error ? `no consent banner found (${auto.error})` : 'no consent banner found' };
}

async function siteOfUrl(url: string): Promise<string> {
  const { siteOf } = await import('../../lib/observe/party');
  return siteOf(new URL(url).hostname);
}

async function closeQuietly(_context: BrowserContext, close: () => Promise<void>): Promise<void> {
  try {
    await close();
  } catch {
    /* a crashed browser is already closed */
  }
}

/** One line a person can act on, not a stack trace. */
export function describeNavigationError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const net = /net::(ERR_[A-Z_]+)/.exec(text);
  if (net) {
    const hints: Record<string, string> = {
      ERR_NAME_NOT_RESOLVED: 'host name does not resolve',
      ERR_CONNECTION_REFUSED: 'connection refused',
      ERR_CONNECTION_TIMED_OUT: 'connection timed out',
      ERR_CERT_AUTHORITY_INVALID: 'certificate not trusted (try --ignore-cert-errors)',
      ERR_CERT_COMMON_NAME_INVALID: 'certificate does not match the host (try --ignore-cert-errors)',
      ERR_INTERNET_DISCONNECTED: 'no network',
    };
    return `unreachable: ${hints[net[1]!] ?? net[1]}`;
  }
  if (/Timeout .* exceeded/i.test(text)) return 'the page did not finish loading in time';
  if (/Cannot navigate to invalid URL|invalid URL/i.test(text)) return 'not a valid URL';
  return text.split('\n')[0] ?? text;
}
