// The HTML frame every lab site shares: a head with the site's scripts, a body, and a footer
// whose links are what the extension's policy discovery looks for.
import { escapeHtml } from '../http';

export interface FooterLink {
  href: string;
  text: string;
}

export interface PageOptions {
  title: string;
  lang: string;
  /** Raw HTML placed in <head> (script tags). */
  head?: string;
  /** Raw HTML of the main content. */
  body: string;
  footer?: FooterLink[];
  /** Charset announced in <meta>; the bytes are encoded by the caller. */
  charset?: string;
}

export function page(opts: PageOptions): string {
  const links = (opts.footer ?? []).map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a>`).join(' · ');
  return `<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="${opts.charset ?? 'utf-8'}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1rem}footer{margin-top:3rem;border-top:1px solid #ccc;padding-top:1rem;font-size:14px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left}</style>
${opts.head ?? ''}
</head>
<body>
<header><h1>${escapeHtml(opts.title)}</h1></header>
<main>
${opts.body}
</main>
<footer>${links}</footer>
</body>
</html>
`;
}

/** An inline <script> element around page code (the vendors' loaders return plain JS). */
export function script(code: string, attrs = ''): string {
  return `<script${attrs ? ` ${attrs}` : ''}>${code}</script>`;
}

export interface CookieRow {
  name: string;
  provider: string;
  purpose: string;
  category: string;
  lifetime: string;
}

/** A cookie declaration table with caller-chosen headings (policies come in several languages). */
export function cookieTable(headings: [string, string, string, string, string], rows: CookieRow[]): string {
  const head = headings.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${[r.name, r.provider, r.purpose, r.category, r.lifetime].map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
