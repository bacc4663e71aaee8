import type { StorageObservation } from '../model/types';
import { recordWrite } from './history';
import { hostOf, siteOf } from './party';
import { type Classifiers, LIMITS, type SessionState, relTime } from './state';

export interface StorageWrite {
  area: 'local' | 'session';
  key: string;
  valueSize: number;
  origin: string;
  frameUrl: string | null;
  scriptUrl: string | null;
  timeStamp: number;
  /** Further writes of a key already reported, counted by the page hook (value size unknown). */
  repeats?: number;
}

export function addStorageWrite(state: SessionState, w: StorageWrite, classify: Classifiers): StorageObservation | null {
  const existing = state.storage.find((s) => s.area === w.area && s.key === w.key && s.origin === w.origin);
  if (existing) {
    existing.writes += w.repeats ?? 1;
    if (w.valueSize >= 0) existing.valueSize = w.valueSize;
    recordWrite(existing, {
      kind: 'write',
      time: relTime(state, w.timeStamp),
      phase: 'pre-consent',
      setBy: 'script',
      initiator: w.scriptUrl,
      frameUrl: w.frameUrl,
      valueSize: w.valueSize >= 0 ? w.valueSize : null,
      ...(w.repeats !== undefined ? { count: w.repeats } : {}),
    });
    return existing;
  }
  // Repeats of a key whose first write was not kept (cap, forged) start nothing.
  if (w.repeats !== undefined || w.valueSize < 0) return null;
  if (state.storage.length >= LIMITS.storage) {
    state.truncated.storage = true;
    return null;
  }
  const host = hostOf(w.origin);
  const obs: StorageObservation = {
    area: w.area,
    key: w.key,
    valueSize: w.valueSize,
    origin: w.origin,
    frameUrl: w.frameUrl,
    scriptUrl: w.scriptUrl,
    firstParty: siteOf(host) === state.site,
    time: relTime(state, w.timeStamp),
    phase: 'pre-consent',
    classification: classify.classifyStorageKey(w.key, state.site, w.origin),
    writes: 1,
  };
  recordWrite(obs, { kind: 'write', time: obs.time, phase: 'pre-consent', setBy: 'script', initiator: w.scriptUrl, frameUrl: w.frameUrl, valueSize: w.valueSize });
  state.storage.push(obs);
  return obs;
}
