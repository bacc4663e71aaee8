import type { HookRecord } from './hook-protocol';

// Fingerprinting facts, in the page's MAIN world: what a script draws on a canvas and reads back,
// whether it reads WebGL's unmasked vendor or renderer, renders an OfflineAudioContext, or
// measures text in many fonts. Only raw facts go out; lib/compare/rules/fingerprinting.ts decides.
// Every chart drawn on a canvas runs through these wrappers, so they only count (a stack is taken
// once per canvas, for its first writer, and on reads), and the content scripts' size budget keeps
// them few and their fields one letter. A page can forge these records, which only incriminates
// itself; it can also dodge the wrappers (pristine functions from an iframe), a known limit of
// any in-page hook.

/** Per canvas: c distinct characters drawn (up to 10), n colours (up to 2), r save() used, w first writer, f fonts measured, m measureText calls. */
interface Facts {
  c: Set<string>;
  n: Set<unknown>;
  r?: boolean;
  w?: string | null;
  f: Set<string>;
  m: number;
}

export function hookFingerprinting(win: Window & typeof globalThis, send: (r: HookRecord) => void, caller: (depth: number) => string | null): void {
  const all = new WeakMap<object, Facts>();
  const out = (r: Partial<Extract<HookRecord, { k: 'fp' }>>) => send({ k: 'fp', a: 'canvas', s: caller(12), t: Date.now(), ...r });
  const of = (canvas: object): Facts => {
    let f = all.get(canvas);
    if (!f) all.set(canvas, (f = { c: new Set(), n: new Set(), f: new Set(), m: 0 }));
    return f;
  };
  const wrap = (proto: unknown, name: string, before: (self: any, a: any[]) => unknown) => {
    const p = proto as Record<string, (...a: unknown[]) => unknown> | undefined;
    const orig = p?.[name];
    if (orig)
      p[name] = function (this: unknown, ...a: unknown[]) {
        try {
          before(this, a);
        } catch {
          /* never break the page */
        }
        return orig.apply(this, a);
      };
  };
  const c2d = win.CanvasRenderingContext2D?.prototype;
  const draw = (ctx: CanvasRenderingContext2D, a: unknown[]) => {
    const f = of(ctx.canvas);
    if (f.w === undefined) f.w = caller(12);
    // Counted up to what the criteria ask (10 characters, 2 colours): a chart redrawn all day
    // stops paying for the fillStyle getter after its first calls.
    if (f.c.size < 10) for (const ch of String(a[0]).slice(0, 64)) f.c.add(ch);
    if (f.n.size < 2) f.n.add(ctx.fillStyle);
  };
  wrap(c2d, 'fillText', draw);
  wrap(c2d, 'save', (ctx: CanvasRenderingContext2D) => (of(ctx.canvas).r = true));
  wrap(c2d, 'measureText', (ctx: CanvasRenderingContext2D) => {
    const f = of(ctx.canvas);
    // Font probing measures fifty fonts at once; a canvas measured 200 times in fewer fonts is
    // text layout (charts), and the font getter is no longer read for it.
    if (++f.m < 200 && f.f.size < 50 && f.f.add(ctx.font).size === 50) out({ a: 'fonts', m: f.m, f: 50 });
  });
  const read = (canvas: HTMLCanvasElement, w: number, h: number) => {
    const f = of(canvas);
    out({ w, h, c: f.c.size, n: f.n.size, r: !!f.r, ws: f.w ?? null });
  };
  wrap(win.HTMLCanvasElement?.prototype, 'toDataURL', (c: HTMLCanvasElement) => read(c, c.width, c.height));
  wrap(c2d, 'getImageData', (ctx: CanvasRenderingContext2D, a) => read(ctx.canvas, a[2], a[3]));
  // UNMASKED_VENDOR_WEBGL / UNMASKED_RENDERER_WEBGL (WEBGL_debug_renderer_info), on WebGL 1, where
  // fingerprinting scripts read it (a WebGL 2 wrapper did not fit the size budget).
  const gl = (_: unknown, a: unknown[]) => (a[0] === 37445 || a[0] === 37446) && out({ a: 'webgl' });
  wrap(win.WebGLRenderingContext?.prototype, 'getParameter', gl);
  wrap(win.OfflineAudioContext?.prototype, 'startRendering', () => out({ a: 'audio' }));
}
