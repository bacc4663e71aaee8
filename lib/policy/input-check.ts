// The door for a policy given as a file (npm run policy, npm run audit --policy, the popup's and
// the options page's import). A file that is not a readable policy is named for what it is,
// instead of being read as a policy that declares nothing: an auditor would otherwise report
// "undeclared" against a document the tool never read. Pure: bytes and a file name in.
import type { PolicyOverride } from '../observe/policy-flow';
import { decodeBytes } from './charset';
import { dataToText } from './data-document';
import { looseLiterals } from './loose-data';
import { documentOf } from './source-form';
import { parseEdpbKnowledgeBase } from './imports/edpb';
import { parseOcdCsv } from './imports/ocd-csv';
import type { PolicyDeps } from './types';

export class PolicyInputError extends Error {
  override name = 'PolicyInputError';
}

export type PolicyFileKind = 'html' | 'text' | 'csv' | 'json';

export interface CheckedPolicyFile {
  kind: PolicyFileKind;
  /** The decoded text (JSON still as text). */
  text: string;
  /** Set when the charset had to be guessed. */
  note?: string;
}

/** File signatures of formats people save a policy as by mistake. */
const SIGNATURES: { bytes: number[]; what: string; hint: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', hint: 'convert it to text first (pdftotext FILE policy.txt) or give the web page instead' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a .docx/.xlsx/.odt document)', hint: 'save the policy as HTML or plain text' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document (.doc/.xls)', hint: 'save the policy as HTML or plain text' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'unpack it first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: 'give the policy as HTML or text' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'give the policy as HTML or text' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: 'give the policy as HTML or text' },
];

/** Share of control characters (beyond tab, line breaks, form feed) or undecodable bytes that marks binary data. */
const BINARY_SHARE = 0.01;
const SAMPLE_CHARS = 64 * 1024;

/** Checks a policy file and says what kind of text it is; throws PolicyInputError naming what is wrong. */
export function checkPolicyFile(bytes: Uint8Array, name: string): CheckedPolicyFile {
  if (bytes.length === 0) throw new PolicyInputError(`${name}: the file is empty.`);
  for (const sig of SIGNATURES) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) throw new PolicyInputError(`${name}: this is ${sig.what}, not a policy page or text; ${sig.hint}.`);
  }
  const decoded = decodeBytes(bytes, null);
  const text = decoded.text;
  const share = binaryShare(text);
  if (share > BINARY_SHARE) {
    throw new PolicyInputError(`${name}: this looks like binary data, not text (${(share * 100).toFixed(1)}% of the first ${Math.min(text.length, SAMPLE_CHARS)} characters are control codes or undecodable bytes).`);
  }
  if (text.trim() === '' || text.trim() === '\ufeff') throw new PolicyInputError(`${name}: the file holds only white space.`);
  const kind = kindOf(text, name);
  const out = (k: PolicyFileKind): CheckedPolicyFile => (decoded.note === undefined ? { kind: k, text } : { kind: k, text, note: decoded.note });
  if (kind === 'json') {
    checkJson(text, name);
    return out('json');
  }
  if (kind === 'csv') {
    checkCsv(text, name);
    return out('csv');
  }
  if (kind === 'html') {
    // through the same door the reader uses: a single-file component's <template> is its text
    const visible = documentOf({ html: text, url: null }).text;
    if (!/\p{L}/u.test(visible)) {
      throw new PolicyInputError(`${name}: the HTML page has no readable text (a page built by scripts in the browser shows nothing until it runs: save it from the browser after it has loaded, or give its URL).`);
    }
    return out('html');
  }
  if (!/\p{L}/u.test(text)) throw new PolicyInputError(`${name}: the file has no words in it.`);
  return out('text');
}

/** Checks the file and turns it into the policy the audit compares with. */
export function policyOverrideFromFile(bytes: Uint8Array, name: string, deps?: PolicyDeps): PolicyOverride {
  const file = checkPolicyFile(bytes, name);
  const label = baseName(name);
  switch (file.kind) {
    case 'json': {
      const json = JSON.parse(file.text) as unknown;
      if (!looksLikeEdpb(json) && dataToText(looseLiterals(file.text).map((f) => f.value)) !== '') {
        // a site's own cookie list kept as JSON: read like any policy (lib/policy/data-document.ts)
        return { kind: 'text', text: file.text };
      }
      return { kind: 'declarations', declarations: withName(() => parseEdpbKnowledgeBase(json), name), label };
    }
    case 'csv':
      return { kind: 'declarations', declarations: withName(() => parseOcdCsv(file.text, deps), name), label };
    case 'html':
      return { kind: 'html', html: file.text, label };
    case 'text':
      return { kind: 'text', text: file.text };
  }
}

/** The EDPB tool's knowledge base: { knowledges: [...] }, a list of them, or a list of entries with `kind`. */
function looksLikeEdpb(json: unknown): boolean {
  const isRec = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (isRec(json)) return Array.isArray(json.knowledges);
  return Array.isArray(json) && json.some((x) => isRec(x) && (Array.isArray(x.knowledges) || typeof x.kind === 'string' || 'wildcard_match' in x));
}

function withName<T>(read: () => T, name: string): T {
  try {
    return read();
  } catch (e) {
    throw new PolicyInputError(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

function binaryShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_CHARS);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / n;
}

function kindOf(text: string, name: string): PolicyFileKind {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.x?html?$/i.test(name)) return 'html';
  const head = text.slice(0, 1000).replace(/^\ufeff/, '').trimStart();
  if (/^[[{]/.test(head)) return 'json';
  if (/^(?:<!doctype html|<html|<head|<body)/i.test(head) || /<(?:html|body|table|p|div)[\s>]/i.test(text.slice(0, 5000))) return 'html';
  return 'text';
}

function checkJson(text: string, name: string): void {
  try {
    JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const where = jsonErrorPosition(message, text.replace(/^\ufeff/, ''));
    const what = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new PolicyInputError(`${name}: invalid JSON${where}: ${what}.`);
  }
}

/** V8 says "at position N" (Node 20) or "(line L column C)" (newer); both become a line and column. */
function jsonErrorPosition(message: string, text: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return ` at line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return ` at line ${line}, column ${column}`;
  }
  if (/Unexpected end of JSON input/i.test(message)) return ` at line ${text.split('\n').length} (the end of the file)`;
  return '';
}

/** RFC 4180: a quoted field must close, and a row may not have more fields than the header. */
function checkCsv(text: string, name: string): void {
  let line = 1;
  let quoted = false;
  let quoteLine = 0;
  let fields = 1;
  let rowLine = 1;
  let header = -1;
  let cellStart = true;
  const endRow = (): void => {
    if (header < 0) header = fields;
    else if (fields > header) throw new PolicyInputError(`${name}: invalid CSV: line ${rowLine} has ${fields} fields, the header line has ${header}.`);
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"') {
      if (!cellStart) throw new PolicyInputError(`${name}: invalid CSV: line ${line} has a quote inside an unquoted field (quote the whole field and double the quote).`);
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      fields++;
      cellStart = true;
      continue;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (!(fields === 1 && cellStart)) endRow();
      line++;
      rowLine = line;
      fields = 1;
      cellStart = true;
      continue;
    }
    cellStart = false;
  }
  if (quoted) throw new PolicyInputError(`${name}: invalid CSV: the quoted field opened on line ${quoteLine} is never closed.`);
  if (!(fields === 1 && cellStart)) endRow();
}
