// What an evidence bundle says about the run that produced it. The CLI fills it from the browser it
// started; the extension from what it knows of the auditor's own browser. The report's annex and
// the bundle's manifest.json print the same fields, so the two cannot disagree.

/** One screenshot the export refers to. */
export interface ScreenshotRef {
  /** banner: as first painted, before any click; after-click: after the consent click; end: full page at the end;
   * popup: the auditor pressed "Save evidence"; after-mark: after the auditor's consent mark. */
  moment: 'banner' | 'after-click' | 'end' | 'popup' | 'after-mark';
  /** Path inside the bundle, e.g. "screenshots/01-banner.png". */
  file: string;
  /** ms since the audited navigation started. */
  time: number;
  takenAt: string;
  /** Taken because a person asked (the extension's popup), not by automation. */
  manual: boolean;
  fullPage: boolean;
}

/** How the consent choice was made, and what was pressed. */
export interface ConsentAction {
  mode: 'none' | 'accept' | 'reject' | 'manual';
  /** Which way found the button: an autoconsent rule, our banner finder, or a person. */
  path: 'autoconsent' | 'banner-finder' | 'person' | null;
  rule: string | null;
  selector: string | null;
  label: string | null;
  /** ms since navigation start of the notice given just before the click. */
  time: number | null;
  result: string | null;
}

export interface RunMetadata {
  tool: { name: string; version: string; knowledgeBaseVersion: string };
  browser: { name: string; build: string; userAgent: string; flags: string[]; headless: boolean };
  locale: string;
  timeZone: string;
  viewport: { width: number; height: number } | null;
  startedAt: string;
  endedAt: string;
  initialUrl: string;
  finalUrl: string;
  redirects: string[];
  consent: ConsentAction;
  profile: { clean: boolean; statement: string };
}

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface EvidenceManifest {
  format: 'consent-auditor-evidence';
  formatVersion: 1;
  createdAt: string;
  run: RunMetadata;
  /** Every file of the bundle except manifest.json itself, sorted by path. */
  files: ManifestFile[];
}

/** A policy source as the bundle keeps it: the body as fetched and the text the reader worked on. */
export interface PolicyCopy {
  url: string;
  fetchedAt: string;
  status: number;
  contentType: string | null;
  language: string;
  /** SHA-256 (hex) of the body as fetched. */
  sha256: string;
  /** Paths inside the bundle. */
  file: string;
  textFile: string;
}
