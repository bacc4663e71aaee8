// Shapes private to the policy engine that the extension and the CLI also see: the extracted
// document (HTML or plain text reduced to blocks, tables and links), ranked links and fetch results.
import type { PolicyLanguage } from '../model/types';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'line';

export interface DocumentBlock {
  kind: BlockKind;
  text: string;
  /** Offset of `text` in ExtractedDocument.text. */
  offset: number;
  /** Heading level 1-6 for headings. */
  level?: number;
  /** For table rows: index into ExtractedDocument.tables and the row within it. */
  table?: number;
  row?: number;
  /** 1-based line of the input, for plain-text sources. */
  line?: number;
}

export interface TableCell {
  text: string;
  /** True for <th> cells (or the first row of a plain-text table). */
  header: boolean;
  offset: number;
}

export interface ExtractedTable {
  /** The caption, or the nearest heading before the table: CMP tables carry the category there. */
  caption: string | null;
  heading: string | null;
  rows: TableCell[][];
  offset: number;
}

export interface ExtractedLink {
  /** Absolute when a base URL was given and the href parsed, else as written. */
  href: string;
  text: string;
  /** Inside <footer>, role=contentinfo, or an element whose id/class says footer. */
  inFooter: boolean;
  offset: number;
}

export interface ExtractedDocument {
  title: string | null;
  /** The <html lang> attribute, lower-cased, when present. */
  htmlLang: string | null;
  /** Blocks joined by newlines; table cells joined by tabs. Every offset points here. */
  text: string;
  blocks: DocumentBlock[];
  tables: ExtractedTable[];
  links: ExtractedLink[];
  /** Text found inside <noscript>, kept apart: it says "enable JavaScript" on app shells. */
  noscriptText: string;
  /** Markers of a client-rendered app (empty #root/#app/#__next, ng-app, data-reactroot ...). */
  appRootMarkers: string[];
}

export interface RankedLink {
  href: string;
  text: string;
  score: number;
  kind: 'cookie-policy' | 'privacy-policy';
  /** Why it scored: the matched words and places, for the popup and for debugging. */
  reason: string;
  sameSite: boolean;
  inFooter: boolean;
}

export type FetchedPolicy =
  | {
      ok: true;
      /** Final URL after redirects. */
      url: string;
      status: number;
      contentType: string;
      charset: string;
      html?: string;
      text?: string;
      truncated: boolean;
      note?: string;
      needsJavaScript: boolean;
    }
  | {
      ok: false;
      url: string;
      status: number | null;
      error: 'not-found' | 'http-error' | 'timeout' | 'network' | 'unsupported-type' | 'too-large' | 'empty';
      message: string;
    };

export interface ParsePolicyInput {
  text?: string;
  html?: string;
  url: string | null;
  kind: import('../model/types').PolicySource['kind'];
  lang?: PolicyLanguage;
  fetchedAt?: string;
  truncated?: boolean;
}

export interface PolicyDeps {
  findVendorMentions: import('../model/types').FindVendorMentions;
  /** The knowledge base's answer for a cookie or storage name, when it knows one (names in prose). */
  knownCookie?: KnownCookie;
}

/** Vendor id (null when only the name is known) of a cookie name the knowledge base knows, else null. */
export type KnownCookie = (name: string) => { vendor: string | null; vendorName: string | null } | null;
