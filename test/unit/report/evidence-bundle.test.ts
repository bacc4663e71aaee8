import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RunMetadata } from '../../../lib/report/evidence';
import { sha256, verifyEvidence, writeEvidenceBundle } from '../../../scripts/lib/evidence';
import { syntheticExport } from './session';

const run: RunMetadata = {
  tool: { name: 'consent-auditor', version: '0.1.0', knowledgeBaseVersion: 'kb-test' },
  browser: { name: 'Chromium', build: '140.0.0.0', userAgent: 'ua', flags: ['--no-sandbox'], headless: true },
  locale: 'en-US', timeZone: 'UTC', viewport: { width: 1280, height: 800 },
  startedAt: '2026-11-21T10:00:00.000Z', endedAt: '2026-11-21T10:00:09.000Z',
  initialUrl: 'https://www.shop-example.ru/', finalUrl: 'https://www.shop-example.ru/', redirects: [],
  consent: { mode: 'none', path: null, rule: null, selector: null, label: null, time: null, result: null },
  profile: { clean: true, statement: 'fresh profile' },
};

// The smallest valid PNG (1x1), as a screenshot stand-in: the bundle treats images as bytes.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('evidence bundle', () => {
  test('every file is in the manifest with its hash; a changed byte, a missing file or an added one fails verification', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'evidence-')), 'site');
    const report = await syntheticExport();
    const manifest = await writeEvidenceBundle(dir, {
      report, run, locale: 'ru',
      screenshots: [{ ref: { moment: 'end', file: 'screenshots/03-end.png', time: 5000, takenAt: run.endedAt, manual: false, fullPage: true }, png: PNG }],
      policies: [{ url: 'https://www.shop-example.ru/privacy', fetchedAt: run.startedAt, status: 200, contentType: 'text/html; charset=utf-8', language: 'ru', body: Buffer.from('<h1>Политика</h1>'), text: 'Политика' }],
      renderPdf: async (html) => Buffer.from(`%PDF-1.4 stand-in ${html.length}`),
    });
    expect(manifest.files.map((f) => f.path)).toEqual([
      'export.json', 'policy/01-source.html', 'policy/01-text.txt', 'report.html', 'report.pdf', 'requests.har', 'screenshots/03-end.png',
    ]);
    for (const f of manifest.files) expect(sha256(readFileSync(join(dir, f.path)))).toBe(f.sha256);
    const exported = JSON.parse(readFileSync(join(dir, 'export.json'), 'utf8'));
    expect(exported.screenshots).toEqual([expect.objectContaining({ file: 'screenshots/03-end.png', time: 5000 })]);
    expect(exported.policyCopies[0]).toMatchObject({ file: 'policy/01-source.html', sha256: sha256('<h1>Политика</h1>') });
    expect((await verifyEvidence(dir)).ok).toBe(true);

    const html = readFileSync(join(dir, 'report.html'));
    html[100] = html[100]! ^ 1;
    writeFileSync(join(dir, 'report.html'), html);
    writeFileSync(join(dir, 'extra.txt'), 'added later');
    const r = await verifyEvidence(dir);
    expect(r).toMatchObject({ ok: false, changed: ['report.html'], missing: [], unlisted: ['extra.txt'] });
  });
});
