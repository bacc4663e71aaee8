import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sha256Bytes } from '../../lib/policy/sha256';
import type { EvidenceManifest } from '../../lib/report/evidence';
import type { AuditExport } from '../../lib/report/export';
import type { Har } from '../../lib/report/har';
import type { Lab } from '../lab/server';
import { OUTPUT_DIR, openBrowser, settle, withLab, type Harness } from './harness';
import { PopupPage } from './popup-page';

// The popup's "Save evidence": a screenshot after the auditor's consent mark and one when saving,
// downloaded with the report, the HAR and a hashed manifest as one zip.

describe('Save evidence in the popup', () => {
  let lab: Lab;
  let h: Harness;
  beforeAll(async () => {
    lab = await withLab();
    h = await openBrowser(lab);
  });
  afterAll(async () => {
    await h?.close();
    await lab?.close();
  });

  test('the zip holds the export, report, HAR, the screenshots (manual, with times) and a manifest whose hashes match', async () => {
    const page = await h.context.newPage();
    await page.goto(lab.url('www.cc-violates.test', '/'));
    await settle(page, 2000);
    const popup = await PopupPage.open(h, page);
    await popup.page.getByTestId('mark-rejected').click();
    await popup.page.getByTestId('manual-mark').waitFor();
    await popup.page.waitForTimeout(1500);
    const [download] = await Promise.all([popup.page.waitForEvent('download', { timeout: 30_000 }), popup.page.getByTestId('save-evidence').click()]);
    expect(download.suggestedFilename()).toMatch(/^consent-evidence_cc-violates\.test_.*\.zip$/);
    const zipPath = join(OUTPUT_DIR, 'save-evidence.zip');
    await download.saveAs(zipPath);
    await popup.page.screenshot({ path: join(OUTPUT_DIR, 'popup-save-evidence.png') });

    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as EvidenceManifest;
    const names = Object.keys(files).sort();
    expect(names).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    for (const f of manifest.files) expect(sha256Bytes(files[f.path]!)).toBe(f.sha256);
    expect(names).toEqual(expect.arrayContaining(['export.json', 'report.html', 'requests.har', 'screenshots/01-after-mark.png', 'screenshots/02-popup.png']));

    const report = JSON.parse(new TextDecoder().decode(files['export.json'])) as AuditExport;
    const mark = report.consent.timeline.find((e) => e.signal === 'user');
    expect(mark?.state).toBe('rejected');
    expect(report.screenshots?.map((s) => [s.moment, s.manual])).toEqual([['after-mark', true], ['popup', true]]);
    expect(report.screenshots![0]!.time).toBeGreaterThanOrEqual(mark!.time);
    for (const s of report.screenshots!) {
      const png = files[s.file]!;
      expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.length).toBeGreaterThan(2000);
    }
    expect(manifest.run.consent).toMatchObject({ mode: 'manual', path: 'person' });
    const har = JSON.parse(new TextDecoder().decode(files['requests.har'])) as Har;
    expect(har.log.entries).toHaveLength(report.observations.requests.length);
    const html = new TextDecoder().decode(files['report.html']);
    expect(html).toContain('data-moment="after-mark"');
    expect(html).not.toMatch(/<script/i);
  }, 90_000);
});
