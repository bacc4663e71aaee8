// Consent managers that render their cookie list as HTML: Cookiebot's cookie declaration
// (a table per category under a "CookieDeclarationTypeHeader" title) and OneTrust's cookie list
// (#ot-sdk-cookie-policy, a table per group with a caption). Both are ordinary tables to the
// table reader; the category comes from the title above each table.
import type { Category, DeclaredCategory, Declarations } from '../../model/types';
import { categoryFromLabel } from '../category-lexicon';
import { extractDocument } from '../extract';
import { makeLocator } from '../locate';
import { declarationsFromDocument } from '../parse';
import { sha256Hex } from '../sha256';
import type { PolicyDeps } from '../types';

const HEADING_CLASS = /CookieDeclarationTypeHeader|ot-sdk-cookie-policy-group(?!-desc)|ot-cat-header|cmplz-category-title/;

export function readHtmlDeclaration(html: string, pageUrl: string, deps: PolicyDeps, title: string): Declarations {
  const doc = extractDocument(html, pageUrl, { headingClass: HEADING_CLASS });
  const d = declarationsFromDocument(doc, { url: pageUrl, kind: 'cmp', sha256: sha256Hex(html) }, deps);
  d.sources[0]!.title = title;
  // every table's heading names a category the site declares, even when the table is empty
  const loc = makeLocator(doc);
  const categories: DeclaredCategory[] = [...d.categories];
  const seen = new Set<Category>(categories.map((c) => c.category));
  for (const block of doc.blocks) {
    if (block.kind !== 'heading' || block.text.length > 80) continue;
    const category = categoryFromLabel(block.text.replace(/\(\d+\)/, ''));
    if (category === null || seen.has(category)) continue;
    seen.add(category);
    categories.push({ category, quote: loc.quote(block.offset), location: loc.at(block.offset) });
  }
  return { ...d, categories };
}
