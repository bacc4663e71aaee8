// The category a section gives the cookies under it: the nearest heading before an offset (or a
// short title-like line, as CMP declarations write "Necessary (4)"), when it names a category.
import type { Category } from '../../model/types';
import { categoryFromLabel } from '../category-lexicon';
import type { DocumentBlock, ExtractedDocument } from '../types';

const LOOK_BACK = 6;
const TITLE_MAX = 80;
const MAX_STEPS = 400;

export function makeSectionCategory(doc: ExtractedDocument): (offset: number) => Category | null {
  const blocks = doc.blocks;
  const memo = new Map<number, Category | null>();
  const indexBefore = (offset: number): number => {
    let lo = 0;
    let hi = blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.offset < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return (offset) => {
    const start = indexBefore(offset);
    const cached = memo.get(start);
    if (cached !== undefined) return cached;
    let found: Category | null = null;
    // table rows are stepped over but counted, so a document of rows costs a bounded walk per lookup
    for (let i = start, seen = 0, steps = 0; i >= 0 && seen < LOOK_BACK && steps < MAX_STEPS; i--, steps++) {
      const b = blocks[i]!;
      if (b.kind === 'table-row') continue;
      seen++;
      if (!titleLike(b)) continue;
      found = categoryFromLabel(b.text.replace(/^#+\s*/, ''));
      if (found !== null || b.kind === 'heading') break;
    }
    memo.set(start, found);
    return found;
  };
}

function titleLike(b: DocumentBlock): boolean {
  if (b.kind === 'heading') return true;
  const t = b.text.trim();
  // "csrftoken – security, 1 year" describes a cookie; a title has no lead and description
  if (/\s[–—-]\s+\S|:\s+\S/.test(t)) return false;
  return t.length <= TITLE_MAX && !/[.!?]$/.test(t.replace(/[:\s]+$/, '')) && !/[.!?]\s/.test(t);
}
