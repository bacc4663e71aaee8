import type { FingerprintObservation } from '../model/types';
import type { HookRecord } from './hook-protocol';
import { hostOf } from './party';
import { type Classifiers, LIMITS, type SessionState } from './state';

const APIS = new Set<unknown>(['canvas', 'webgl', 'audio', 'fonts']);
const count = (x: unknown) => (typeof x === 'number' && x >= 0 && x < 1e7 ? Math.floor(x) : 0);
const url = (x: unknown) => (typeof x === 'string' && x.length <= 8192 ? x : null);

/**
 * A fingerprinting fact from the page hook, checked field by field (the relay passes it on as the
 * page sent it) and kept as an observation with its script's host and vendor. Repeats of the same
 * fact by the same script (FingerprintJS reads its canvases twice) are kept once; the rule
 * (lib/compare/rules/fingerprinting.ts) decides what is fingerprinting.
 */
export function addFingerprint(state: SessionState, frameUrl: string, fact: Extract<HookRecord, { k: 'fp' }>, time: number, classify: Classifiers): void {
  if (typeof fact !== 'object' || fact === null || !APIS.has(fact.a)) return;
  const list = (state.fingerprinting ??= []);
  const scriptUrl = url(fact.s);
  const obs: FingerprintObservation = {
    api: fact.a,
    scriptUrl,
    host: scriptUrl ? hostOf(scriptUrl) || null : null,
    writerUrl: url(fact.ws),
    width: count(fact.w),
    height: count(fact.h),
    distinctChars: count(fact.c),
    colors: count(fact.n),
    saveRestore: fact.r === true,
    fonts: count(fact.f),
    measureCalls: count(fact.m),
    frameUrl,
    time,
    phase: 'pre-consent',
    classification: classify.classifyRequest(scriptUrl ?? frameUrl, 'script', state.site),
  };
  const same = (o: FingerprintObservation) =>
    o.api === obs.api && o.scriptUrl === obs.scriptUrl && o.writerUrl === obs.writerUrl && o.width === obs.width && o.height === obs.height && o.distinctChars === obs.distinctChars && o.colors === obs.colors && o.saveRestore === obs.saveRestore;
  if (list.some(same) || list.length >= LIMITS.fingerprinting) return;
  list.push(obs);
}
