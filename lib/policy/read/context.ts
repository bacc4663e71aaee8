// What every extractor sees (the document, its language, a locator, the knowledge base's cookie
// names) and what each produces: candidate rows with the offset of their quote. The resolver
// (resolve.ts) turns candidates from all extractors into declared cookies.
import type { Category, Duration, PolicyLanguage } from '../../model/types';
import type { Locator } from '../locate';
import type { Sentence } from '../sentences';
import type { ExtractedDocument, KnownCookie } from '../types';

/** Where a candidate was read; earlier forms win when two say different things about one name. */
export type CandidateForm = 'table' | 'key-value' | 'flat-row' | 'list' | 'prose';

export const FORM_RANK: Record<CandidateForm, number> = { table: 0, 'key-value': 0, 'flat-row': 1, list: 2, prose: 3 };

export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'pixel';

export interface CookieCandidate {
  form: CandidateForm;
  names: string[];
  prefixes: string[];
  provider: string | null;
  purpose: string | null;
  /** The row's or section's category; null leaves it to the purpose text. */
  category: Category | null;
  lifetime: Duration | null;
  storage?: StorageKind;
  /** Offset in doc.text of the row, item or sentence the candidate quotes. */
  offset: number;
}

export interface ReadContext {
  doc: ExtractedDocument;
  lang: PolicyLanguage;
  loc: Locator;
  knownCookie: KnownCookie;
  /** Every sentence of the document, split once and shared by the readers. */
  sentences: readonly Sentence[];
}
