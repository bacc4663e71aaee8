// The forms a policy arrives in: HTML, plain text, Markdown, and page sources with template or
// component syntax left in (Blade/PHP tags, JSX `className`, `{' '}`), as users paste them or a
// repository holds them. Template syntax is dropped; markup-heavy text is read as HTML so its
// tables keep their rows and cells; everything else is read as text (Markdown included).
import { extractDocument } from './extract';
import { textToDocument } from './text-document';
import type { ExtractedDocument } from './types';

/** Share of non-empty lines that open with markup above which text is a page source. */
const MARKUP_SHARE = 0.25;
const SAMPLE_LINES = 2000;

export function documentOf(input: { html?: string; text?: string; url: string | null }): ExtractedDocument {
  if (input.html !== undefined) return extractDocument(withoutTemplates(input.html), input.url ?? undefined);
  const text = input.text ?? '';
  if (isPageSource(text)) return extractDocument(withoutTemplates(withoutCode(text)), input.url ?? undefined);
  return textToDocument(text);
}

/** Text whose lines mostly open with tags (a .tsx, .blade.php or saved .html read as text). */
export function isPageSource(text: string): boolean {
  let lines = 0;
  let markup = 0;
  let at = 0;
  while (at < text.length && lines < SAMPLE_LINES) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trimStart();
    at = end + 1;
    if (line === '') continue;
    lines++;
    if (/^(?:<\/?[A-Za-z][\w.-]*[\s>/]|<\/?>|\{\/\*|\{\{|@[a-z]+)/.test(line)) markup++;
  }
  return lines >= 5 && markup / lines >= MARKUP_SHARE;
}

const TEMPLATE_RES: RegExp[] = [
  /<\?(?:php|=)[\s\S]*?(?:\?>|$)/g, // PHP blocks and echoes
  /\{\{--[\s\S]*?--\}\}/g, // Blade comments
  /\{!![\s\S]{0,500}?!!\}/g, // Blade raw echoes
  /\{\{[^{}]{0,500}\}\}/g, // Blade echoes (and JSX double-brace style objects inside tags)
  /\{\s*\/\*[\s\S]*?\*\/\s*\}/g, // JSX comments
  /^[ \t]*@(?:if|elseif|else|endif|foreach|endforeach|for|endfor|section|endsection|extends|include|yield|push|endpush|php|endphp|csrf|auth|endauth|guest|endguest)\b.*$/gm,
];

/** Template and component syntax removed; JSX spacing `{' '}` kept as a space. */
export function withoutTemplates(source: string): string {
  let s = source.replace(/\{\s*(['"`])(\s*)\1\s*\}/g, ' ');
  for (const re of TEMPLATE_RES) s = s.replace(re, ' ');
  return s;
}

/** Lines of script around a component's markup (imports, declarations, closing braces). */
function withoutCode(text: string): string {
  if (!/className=|<\/?[A-Z][A-Za-z]+[\s/>]|=>\s*[{(]/.test(text)) return text;
  return text.replace(
    /^[ \t]*(?:import\s.*|export\s+(?:default\s+)?(?:const|function|class|type|interface)\b.*|(?:const|let|var)\s+\w+\s*=.*|return\s*\(?\s*|['"]use [a-z]+['"];?|[})\]]+\s*[;,)]*\s*|\w+\.\w+\(.*\);?)$/gm,
    '',
  );
}
