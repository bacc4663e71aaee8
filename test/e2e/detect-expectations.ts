// What each issue-12 lab site must and must not produce. The findings test checks them in the
// extension (popup and export), detect.test.ts through the CLI.
import { expect } from 'vitest';
import type { AuditExport } from '../../lib/report/export';

/** [code, subject name] pairs each site must produce. */
export const DETECT_MUST: Record<string, [code: string, subject: string][]> = {
  'lab-proxy': [
    ['first-party-tracker-proxy', 'www.lab-proxy.test'],
    ['first-party-tracker-proxy', 'stats.lab-proxy.test'],
    ['pre-consent-tracker', 'www.lab-proxy.test'],
    ['pre-consent-tracker', 'stats.lab-proxy.test'],
  ],
  'lab-sync': [
    ['id-sharing', 'lab_vid'],
    ['id-sharing', 'lab_token'],
  ],
  'lab-consent-mode': [['consent-signal-mismatch', 'region1.google-analytics.com']],
  'lab-fingerprint': [['fingerprinting', 'https://www.lab-fingerprint.test/js/fp-probe.js']],
  'lab-replay': [['session-replay', 'rec.replay-lab.test']],
  // A recorder of no known vendor or format, by what it does (the generic signature).
  'lab-recorder': [['session-replay', 'collect.recorder-lab.test']],
  // The real FingerprintJS from npm, on the analytics site.
  analytics: [['fingerprinting', 'https://openfpcdn.io/fingerprintjs/v5/iife.min.js']],
  'lab-consent-lie': [
    ['consent-signal-mismatch', 'cc_cookie'],
    ['consent-signal-mismatch', 'region1.google-analytics.com'],
  ],
};

/** Sites whose finding needs the visitor's choice: the e2e tests press the banner. */
export const DETECT_CONSENT: Record<string, 'reject'> = { 'lab-consent-lie': 'reject' };

/** [code, subject name] pairs a site must not produce. */
export const DETECT_MUST_NOT: Record<string, [code: string, subject: string][]> = {
  // Yandex Metrika without Webvisor, posthog-js without session recording.
  shop: [['session-replay', 'mc.yandex.ru'], ['session-replay', 'us.i.posthog.com'], ['session-replay', 'us-assets.i.posthog.com']],
  // The chart drawn on a canvas and never read back.
  'lab-fingerprint': [['fingerprinting', 'https://www.lab-fingerprint.test/js/chart.js']],
  'lab-proxy': [
    ['first-party-tracker-proxy', 'api.lab-proxy.test'],
    ['pre-consent-tracker', 'api.lab-proxy.test'],
  ],
};

/**
 * Controls: a host the site really calls (so the control ran) whose requests must not be evidence
 * of these codes: the site's own analytics of no known shape, a random id that nothing stores.
 */
export const DETECT_CONTROLS: Record<string, { host: string; codes: string[] }[]> = {
  'lab-proxy': [{ host: 'api.lab-proxy.test', codes: ['first-party-tracker-proxy', 'pre-consent-tracker', 'after-reject-tracker'] }],
  'lab-sync': [{ host: 'cdn.widgets-lab.test', codes: ['id-sharing'] }],
  // gcs=G100 and gcd all denied before consent is what Consent Mode should send.
  'lab-consent-mode': [{ host: 'www.google-analytics.com', codes: ['consent-signal-mismatch'] }],
  // Plain event analytics in a batch is not a recording.
  'lab-replay': [{ host: 'batch.analytics-lab.test', codes: ['session-replay'] }],
  // A lazy image loader that watches the DOM and scrolling and sends one ping; a draft saved once.
  'lab-recorder': [
    { host: 'ping.lazy-lab.test', codes: ['session-replay'] },
    { host: 'api.lab-recorder.test', codes: ['session-replay'] },
  ],
};

export function checkDetections(id: string, report: AuditExport): void {
  const pairs = report.findings.map((f) => `${f.code} ${f.subject.name}`);
  for (const [code, subject] of DETECT_MUST[id] ?? []) expect(pairs, `${id} should have ${code} for ${subject}`).toContain(`${code} ${subject}`);
  for (const [code, subject] of DETECT_MUST_NOT[id] ?? []) expect(pairs, `${id}: false ${code} for ${subject}`).not.toContain(`${code} ${subject}`);
  for (const { host, codes } of DETECT_CONTROLS[id] ?? []) {
    const hostOf = (url: string) => { try { return new URL(url).hostname; } catch { return ''; } };
    expect(report.observations.requests.some((r) => r.host === host), `${id}: the control ${host} was called`).toBe(true);
    const blamed = report.findings.filter((f) => codes.includes(f.code) && f.evidence.some((e) => e.kind === 'request' && hostOf(e.name) === host));
    expect(blamed.map((f) => `${f.code} ${f.subject.name}`), `${id}: control ${host}`).toEqual([]);
    if (codes.includes('id-sharing')) expect(report.observations.requests.filter((r) => r.host === host && r.carries)).toEqual([]);
  }
}
