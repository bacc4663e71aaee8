// Object and array literals inside a source file: a consent manager's config (klaro.js,
// cookieconsent's run({...})), a cookie list kept as data (window.cookieData = [...], a JSON file,
// `const cookies = [{ name, expiry }]` in a component). Sites keep their cookie declaration in
// these forms as often as in prose. The reader is lenient: what is not a literal (a function, a
// call, `a + b`) is skipped to the next comma, so one odd value never loses the rest.

/** A regular expression literal in the data (klaro and cookieconsent name cookies by pattern). */
export class RegexLiteral {
  constructor(readonly source: string) {}
}

export type LooseValue = string | number | boolean | null | RegexLiteral | LooseValue[] | LooseObject;
export interface LooseObject {
  [key: string]: LooseValue;
}

/** Nesting deeper than this is not a declaration: stop there (and keep the stack small). */
const MAX_DEPTH = 64;
/** Literals with fewer values than this are calls' options ({ passive: true }), not data. */
const MIN_VALUES = 3;
const WORK_FACTOR = 8;

const WORD = /(?:-?\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|true|false|null|undefined)(?![\w$])/iy;
const KEY = /[\p{L}\p{N}_$-]+/uy;
const SPACE = /(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))/y;

const SKIPPED = Symbol('skipped');
type Parsed = LooseValue | typeof SKIPPED;

export interface FoundLiteral {
  value: LooseValue;
  start: number;
  end: number;
}

/** Every top-level literal in `text` with at least a few values, in order, with where it stands. */
export function looseLiterals(text: string): FoundLiteral[] {
  const whole = tryJson(text);
  if (whole !== undefined) return [{ value: whole, start: 0, end: text.length }];
  const out: FoundLiteral[] = [];
  // a literal opens where an expression can start: after "=", "(", ",", ":", "return", "default", or a line start
  // (one run of blanks, then at most one line break and its indent: two adjacent runs would backtrack quadratically)
  const opener = /(?:^|[=(,:]|=>|\breturn|\bdefault)[ \t]*(?:\r?\n[ \t]*)?([{[])/gm;
  let m: RegExpExecArray | null;
  // a literal that is not data is looked into again (a function body may hold one); the reading
  // stops when it has read the text a few times over, so no text costs more than linear time
  let budget = WORK_FACTOR * text.length + 10_000;
  while ((m = opener.exec(text)) !== null) {
    const at = m.index + m[0].length - 1;
    const p = new Parser(text, at);
    const v = p.value(0);
    budget -= p.at - at;
    if (v !== SKIPPED && typeof v === 'object' && v !== null && !(v instanceof RegexLiteral) && countValues(v) >= MIN_VALUES) {
      out.push({ value: v, start: at, end: p.at });
      opener.lastIndex = Math.max(p.at, at + 1);
    } else opener.lastIndex = at + 1;
    if (budget < 0 || p.at >= text.length) break;
  }
  return out;
}

function tryJson(text: string): LooseValue | undefined {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return undefined;
  try {
    return JSON.parse(t) as LooseValue;
  } catch {
    return undefined;
  }
}

function countValues(v: LooseValue, limit = MIN_VALUES): number {
  if (Array.isArray(v)) {
    let n = 0;
    for (const x of v) if ((n += countValues(x, limit - n)) >= limit) break;
    return n;
  }
  if (typeof v === 'object' && v !== null && !(v instanceof RegexLiteral)) {
    let n = 0;
    for (const x of Object.values(v)) if ((n += countValues(x, limit - n)) >= limit) break;
    return n;
  }
  return 1;
}

class Parser {
  constructor(
    private readonly s: string,
    public at: number,
  ) {}

  value(depth: number): Parsed {
    this.space();
    const c = this.s[this.at];
    if (c === undefined) return SKIPPED;
    if (depth > MAX_DEPTH) return this.skipExpression();
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth, ']');
    if (c === 'a' && /^array\s*\(/.test(this.s.slice(this.at, this.at + 12))) {
      this.at = this.s.indexOf('(', this.at);
      return this.array(depth, ')');
    }
    if (c === '"' || c === "'" || c === '`') {
      const str = this.string(c);
      return this.atEnd() ? str : this.skipExpression();
    }
    if (c === '/') {
      const re = this.regex();
      return re !== null && this.atEnd() ? re : this.skipExpression();
    }
    WORD.lastIndex = this.at;
    const word = WORD.exec(this.s);
    if (word !== null) {
      this.at += word[0].length;
      if (!this.atEnd()) return this.skipExpression();
      const w = word[0];
      if (w === 'true') return true;
      if (w === 'false') return false;
      if (w === 'null' || w === 'undefined') return null;
      return Number(w.replace(/_/g, ''));
    }
    return this.skipExpression();
  }

  private object(depth: number): Parsed {
    this.at++;
    const out: LooseObject = {};
    for (;;) {
      const before = this.at;
      this.space();
      const c = this.s[this.at];
      if (c === undefined) return out;
      if (c === '}') {
        this.at++;
        return out;
      }
      if (c === ',') this.at++;
      else {
        const key = this.key();
        this.space();
        if (key !== null && this.s[this.at] === ':') {
          this.at++;
          const v = this.value(depth + 1);
          if (v !== SKIPPED && !Object.prototype.hasOwnProperty.call(out, key)) out[key] = v;
        } else this.skipExpression(); // a method, a spread, a shorthand property, a computed key
      }
      // a stray closer (`]`, `)`, `;`) that nothing consumed is stepped over, so the loop always moves
      if (this.at === before) this.at++;
    }
  }

  /** A list; PHP's `['name' => '_ga']` and `array(...)` are keyed lists, read as objects. */
  private array(depth: number, close: ']' | ')'): Parsed {
    this.at++;
    const out: LooseValue[] = [];
    let keyed: LooseObject | null = null;
    for (;;) {
      const before = this.at;
      this.space();
      const c = this.s[this.at];
      if (c === undefined) return keyed ?? out;
      if (c === close) {
        this.at++;
        return keyed ?? out;
      }
      if (c === ',') this.at++;
      else {
        const v = this.value(depth + 1);
        this.space();
        if (v !== SKIPPED && (typeof v === 'string' || typeof v === 'number') && this.arrow()) {
          this.at += 2;
          const x = this.value(depth + 1);
          keyed ??= {};
          if (x !== SKIPPED && !Object.prototype.hasOwnProperty.call(keyed, String(v))) keyed[String(v)] = x;
        } else if (v !== SKIPPED) out.push(v);
      }
      if (this.at === before) this.at++;
    }
  }

  private arrow(): boolean {
    return this.s[this.at] === '=' && this.s[this.at + 1] === '>';
  }

  private key(): string | null {
    const c = this.s[this.at];
    if (c === '"' || c === "'") return this.string(c);
    KEY.lastIndex = this.at;
    const m = KEY.exec(this.s);
    if (m === null) return null;
    this.at += m[0].length;
    return m[0];
  }

  /** A quoted string; a template's `${...}` parts are dropped. */
  private string(quote: string): string {
    let out = '';
    this.at++;
    while (this.at < this.s.length) {
      const c = this.s[this.at++]!;
      if (c === quote) return out;
      if (c === '\\') {
        const n = this.s[this.at++] ?? '';
        out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'u' ? this.unicode() : n;
      } else if (quote === '`' && c === '$' && this.s[this.at] === '{') {
        this.skipBalanced('{', '}');
      } else if (c === '\n' && quote !== '`') return out; // an unclosed string ends with its line
      else out += c;
    }
    return out;
  }

  private unicode(): string {
    const m = /^[0-9a-fA-F]{4}/.exec(this.s.slice(this.at, this.at + 4));
    if (m === null) return 'u';
    this.at += 4;
    return String.fromCharCode(parseInt(m[0], 16));
  }

  private regex(): RegexLiteral | null {
    const start = this.at;
    let inClass = false;
    for (let i = start + 1; i < this.s.length && i < start + 500; i++) {
      const c = this.s[i];
      if (c === '\n') return null;
      if (c === '\\') i++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) {
        const src = this.s.slice(start + 1, i);
        this.at = i + 1;
        while (/[a-z]/.test(this.s[this.at] ?? '')) this.at++;
        return src === '' ? null : new RegexLiteral(src);
      }
    }
    return null;
  }

  /** True when the value ends here (a comma or a closing bracket follows). */
  private atEnd(): boolean {
    this.space();
    const c = this.s[this.at];
    return c === undefined || c === ',' || c === '}' || c === ']' || c === ')' || c === ';' || this.arrow();
  }

  /** Skips what is not a literal up to the comma or closing bracket that ends it. */
  private skipExpression(): typeof SKIPPED {
    while (this.at < this.s.length) {
      const c = this.s[this.at]!;
      if (c === ',' || c === '}' || c === ']' || c === ';') return SKIPPED;
      if (c === ')') {
        this.at++;
        continue;
      }
      if (c === '{') this.skipBalanced('{', '}');
      else if (c === '[') this.skipBalanced('[', ']');
      else if (c === '(') this.skipBalanced('(', ')');
      else if (c === '"' || c === "'" || c === '`') this.string(c);
      else if (c === '/' && (this.s[this.at + 1] === '/' || this.s[this.at + 1] === '*')) this.space();
      else this.at++;
    }
    return SKIPPED;
  }

  private skipBalanced(open: string, close: string): void {
    let depth = 0;
    while (this.at < this.s.length) {
      const c = this.s[this.at]!;
      if (c === '"' || c === "'" || c === '`') {
        this.string(c);
        continue;
      }
      this.at++;
      if (c === open) depth++;
      else if (c === close && --depth <= 0) return;
    }
  }

  /** White space and comments. */
  private space(): void {
    for (;;) {
      SPACE.lastIndex = this.at;
      const m = SPACE.exec(this.s);
      if (m === null || m[0] === '') return;
      this.at += m[0].length;
    }
  }
}
