// fetchPolicy against a fake fetch: every answer a real server gives a policy fetch, including
// legacy Cyrillic charsets, cut-off bodies, PDFs and pages that need JavaScript.
import { describe, expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import { decodeBytes, fetchPolicy, parsePolicy } from '../../../lib/policy';
import { encodeLegacy } from './legacy-encode';
import { fixture } from './shared-paths';

interface Answer {
  body?: Uint8Array | string;
  status?: number;
  headers?: Record<string, string>;
  finalUrl?: string;
}

function fakeFetch(answer: Answer, seen: RequestInit[] = []): typeof fetch {
  return (async (_url: string | URL | Request, init?: RequestInit) => {
    seen.push(init ?? {});
    const res = new Response((answer.body ?? '') as BodyInit, { status: answer.status ?? 200, headers: answer.headers ?? {} });
    if (answer.finalUrl !== undefined) Object.defineProperty(res, 'url', { value: answer.finalUrl });
    return res;
  }) as typeof fetch;
}

/** A server that accepts the request and never answers, until the signal aborts it. */
const hangingFetch = (async (_url: string | URL | Request, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  })) as typeof fetch;

/** Headers arrive, then the body stalls. */
const stallingBody = (async () =>
  new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('<p>start')); } }), { headers: { 'content-type': 'text/html' } })) as typeof fetch;

const RU_HTML = fixture('table-ru.html');
const URL1 = 'https://example.ru/cookies';

describe('fetchPolicy', () => {
  test('asks without credentials, follows redirects and reports the final URL', async () => {
    const seen: RequestInit[] = [];
    const r = await fetchPolicy(URL1, { fetch: fakeFetch({ body: RU_HTML, headers: { 'content-type': 'text/html; charset=utf-8' }, finalUrl: 'https://www.example.ru/cookies/' }, seen) });
    expect(seen[0]).toMatchObject({ credentials: 'omit', redirect: 'follow' });
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(r).toMatchObject({ ok: true, url: 'https://www.example.ru/cookies/', status: 200, charset: 'utf-8', truncated: false, needsJavaScript: false });
    expect(r.ok && r.html?.includes('_ym_uid')).toBe(true);
  });

  test.each([
    ['windows-1251 from the header', 'windows-1251', { 'content-type': 'text/html; charset=windows-1251' }, (h: string) => h],
    ['windows-1251 from meta http-equiv', 'windows-1251', { 'content-type': 'text/html' }, (h: string) => h.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')],
    ['KOI8-R from the header', 'koi8-r', { 'content-type': 'text/html; charset=KOI8-R' }, (h: string) => h],
    ['KOI8-R from meta charset', 'koi8-r', { 'content-type': 'text/html' }, (h: string) => h.replace('<meta charset="utf-8">', '<meta charset="koi8-r">')],
    ['windows-1251 undeclared, guessed', 'windows-1251', { 'content-type': 'text/html' }, (h: string) => h.replace('<meta charset="utf-8">', '')],
    ['KOI8-R undeclared, guessed', 'koi8-r', {}, (h: string) => h.replace('<meta charset="utf-8">', '')],
  ] as const)('%s', async (_name, charset, headers, edit) => {
    const html = edit(RU_HTML);
    const bytes = encodeLegacy(html, charset);
    const r = await fetchPolicy(URL1, { fetch: fakeFetch({ body: bytes, headers }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.charset).toBe(charset);
    expect(r.html).toBe(html);
    const d = parsePolicy({ html: r.html!, url: r.url, kind: 'cookie-policy' }, { findVendorMentions });
    expect(d.cookies.map((c) => c.names[0])).toEqual(['_ym_uid', '_ym_d', '_ym_isad', '_ga', 'PHPSESSID']);
    expect(d.cookies[0]?.lifetime?.text).toBe('1 год');
  });

  test('a UTF-8 byte order mark wins over a wrong meta charset', async () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="windows-1251"><p>Политика</p>')]);
    const r = await fetchPolicy(URL1, { fetch: fakeFetch({ body }) });
    expect(r.ok && r.charset).toBe('utf-8');
    expect(r.ok && r.html?.includes('Политика')).toBe(true);
  });

  test.each([
    [{ status: 404 }, 'not-found', /does not exist \(HTTP 404\)/],
    [{ status: 410 }, 'not-found', /HTTP 410/],
    [{ status: 503 }, 'http-error', /HTTP 503/],
    [{ body: '%PDF-1.7 ...', headers: { 'content-type': 'application/pdf' } }, 'unsupported-type', /PDF.*not supported yet/],
    [{ body: '%PDF-1.4 binary', headers: {} }, 'unsupported-type', /PDF.*not supported yet/],
    [{ body: 'x', headers: { 'content-type': 'image/png' } }, 'unsupported-type', /image\/png/],
    [{ body: '', headers: { 'content-type': 'text/html' } }, 'empty', /empty/],
    [{ body: 'x', headers: { 'content-type': 'text/html', 'content-length': String(64 * 1024 * 1024) } }, 'too-large', /64\.0 MB/],
  ] as const)('%j → %s', async (answer, error, message) => {
    const r = await fetchPolicy(URL1, { fetch: fakeFetch(answer) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe(error);
    expect(r.message).toMatch(message);
    expect(r.message).toContain(URL1);
  });

  test('PDF links are refused by address when the server names no type', async () => {
    const r = await fetchPolicy('https://example.ru/privacy.pdf', { fetch: fakeFetch({ body: new Uint8Array([120]), headers: {} }) });
    expect(r.ok === false && r.error).toBe('unsupported-type');
  });

  test('a server that never answers times out with a clear message', async () => {
    const started = Date.now();
    const r = await fetchPolicy(URL1, { fetch: hangingFetch, timeoutMs: 50 });
    expect(r).toMatchObject({ ok: false, error: 'timeout', status: null });
    expect(r.ok === false && r.message).toMatch(/did not answer within 0\.1 s/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a body that stalls times out too', async () => {
    const r = await fetchPolicy(URL1, { fetch: stallingBody, timeoutMs: 50 });
    expect(r.ok === false && r.error).toBe('timeout');
  });

  test('a network failure says so', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const r = await fetchPolicy(URL1, { fetch: failing });
    expect(r).toMatchObject({ ok: false, error: 'network' });
    expect(r.ok === false && r.message).toMatch(/could not be reached \(fetch failed\)/);
  });

  test('a body over the cap is cut, with a note', async () => {
    const body = '<p>' + 'a'.repeat(5000) + '</p>';
    const r = await fetchPolicy(URL1, { fetch: fakeFetch({ body, headers: { 'content-type': 'text/html' } }), maxBytes: 1000 });
    expect(r).toMatchObject({ ok: true, truncated: true });
    expect(r.ok && r.html?.length).toBe(1000);
    expect(r.ok && r.note).toMatch(/Only the first 1 KB/);
  });

  test('plain text comes back as text', async () => {
    const r = await fetchPolicy(URL1, { fetch: fakeFetch({ body: 'Мы используем cookie.', headers: { 'content-type': 'text/plain; charset=utf-8' } }) });
    expect(r).toMatchObject({ ok: true, text: 'Мы используем cookie.', needsJavaScript: false });
  });

  test.each([
    ['<html><body><div id="root"></div><script src="/app.js"></script></body></html>', true],
    ['<html><body><app-root></app-root><noscript>Please enable JavaScript to continue.</noscript></body></html>', true],
    ['<html><body><div id="__next"></div></body></html>', true],
    [RU_HTML, false],
  ])('needsJavaScript for %#', async (html, expected) => {
    const r = await fetchPolicy(URL1, { fetch: fakeFetch({ body: html, headers: { 'content-type': 'text/html' } }) });
    expect(r.ok && r.needsJavaScript).toBe(expected);
    if (expected) expect(r.ok && r.note).toMatch(/rendered page/);
  });
});

describe('decodeBytes', () => {
  test('an unknown declared charset falls back with a note', () => {
    const d = decodeBytes(new TextEncoder().encode('<p>hello</p>'), 'x-made-up');
    expect(d.text).toBe('<p>hello</p>');
    expect(d.note).toMatch(/x-made-up/);
  });
});
