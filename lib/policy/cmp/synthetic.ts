// Declarations read from structured data (a consent manager's config, an import) still need
// quotes and places. Each fact becomes one line of a synthetic text, located by its path in
// the data ("categories.analytics.autoClear.cookies[0]"), so vendor lookup and the popup work as
// they do for a page.
import type { FindVendorMentions, PolicyLanguage, SourceLocation, DeclaredVendor } from '../../model/types';
import { trimQuote, type Locator } from '../locate';
import { declaredVendors } from '../vendors';

export class SyntheticText {
  private readonly lines: { path: string; text: string; offset: number }[] = [];
  private length = 0;

  /** Adds a line; returns its offset. */
  add(path: string, text: string): number {
    const offset = this.length === 0 ? 0 : this.length + 1;
    const clean = text.replace(/\s+/g, ' ').trim();
    this.lines.push({ path, text: clean, offset });
    this.length = offset + clean.length;
    return offset;
  }

  get text(): string {
    return this.lines.map((l) => l.text).join('\n');
  }

  locator(): Locator {
    const find = (offset: number): { path: string; text: string; offset: number } | undefined => {
      let lo = 0;
      let hi = this.lines.length - 1;
      let found: { path: string; text: string; offset: number } | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const l = this.lines[mid]!;
        if (l.offset <= offset) {
          found = l;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    };
    return {
      block: () => null,
      at: (offset: number, source = 0): SourceLocation => ({ source, offset, where: find(offset)?.path ?? 'start' }),
      quote: (offset: number) => trimQuote(find(offset)?.text ?? ''),
    };
  }

  vendors(find: FindVendorMentions, lang: PolicyLanguage): DeclaredVendor[] {
    return declaredVendors(this.text, lang, find, this.locator());
  }
}

/** Strips markup from config strings (consent managers allow HTML in labels and descriptions). */
export function plain(s: unknown): string {
  if (typeof s !== 'string') return '';
  return s.replace(/<[^<>]{0,300}>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A name pattern as a config holds it: string, RegExp, or a serialised RegExp ({source, flags}). */
export function toPattern(x: unknown): string | RegExp | null {
  if (typeof x === 'string') {
    const m = /^\/(.+)\/([gimsuy]*)$/.exec(x);
    if (m !== null) {
      try {
        return new RegExp(m[1]!, m[2]);
      } catch {
        return null;
      }
    }
    return x;
  }
  if (x instanceof RegExp) return x;
  if (isRecord(x) && typeof x.source === 'string') {
    try {
      return new RegExp(x.source, typeof x.flags === 'string' ? x.flags : '');
    } catch {
      return null;
    }
  }
  return null;
}
