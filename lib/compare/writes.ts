import type { CookieObservation, Phase, StorageObservation, WriteRecord } from '../model/types';

// Phase rules look at every write, not only the first: a cookie set before consent and written
// again after a reject is evidence of the reject being ignored. Observations without a history
// (older exports, sessions recorded before histories existed) count as their one first write.

function firstWrite(item: CookieObservation | StorageObservation): WriteRecord {
  const isCookie = 'setBy' in item;
  return {
    kind: 'write',
    time: item.time,
    phase: item.phase,
    setBy: isCookie ? item.setBy : 'script',
    initiator: isCookie ? item.initiator : item.scriptUrl,
    frameUrl: item.frameUrl,
    ...(isCookie ? { requestedLifetimeSeconds: item.requestedLifetimeSeconds, lifetimeSeconds: item.lifetimeSeconds } : {}),
    valueSize: item.valueSize,
  };
}

/** The item's writes (removals left out), in time order. */
export function writesOf(item: CookieObservation | StorageObservation): WriteRecord[] {
  const writes = item.history?.filter((w) => w.kind === 'write') ?? [];
  return writes.length > 0 ? writes : [firstWrite(item)];
}

export function writesIn(item: CookieObservation | StorageObservation, phase: Phase): WriteRecord[] {
  return writesOf(item).filter((w) => w.phase === phase);
}
