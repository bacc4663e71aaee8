// Serves one of the five real seed policies (/work/shared/seeds, see its README) as an HTML page.
// The text is read from the shared folder at request time and never copied into the repo; when
// the folder is absent the page says so plainly and answers 503, so tests can skip those sites.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeHtml, html, type LabResponse } from '../http';

export const SEED_FILES = {
  '000': '000_c258c0cdc4363dde.txt',
  '001': '001_4be82ead2e78d97a.txt',
  '002': '002_de26253733173c30.txt',
  '003': '003_7333b0613b279fc1.txt',
  '004': '004_d11e00bd34c9ad6e.txt',
} as const;

export type SeedId = keyof typeof SEED_FILES;

export async function seedPolicyPage(sharedDir: string, seed: SeedId, lang: string, title: string): Promise<LabResponse> {
  const file = join(sharedDir, 'seeds', SEED_FILES[seed]);
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) {
    return html(`<!doctype html><meta charset="utf-8"><title>Seed not available</title><h1>Seed not available</h1><p>The lab could not read ${escapeHtml(file)}. Set CONSENT_AUDITOR_SHARED to the shared folder.</p>`, { status: 503 });
  }
  // Paragraphs keep the seed's line structure (tables were flattened to tab-separated lines).
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
  return html(`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><article>
${paragraphs}
</article><footer><a href="/">⌂</a></footer></body></html>
`);
}
