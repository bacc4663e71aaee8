import type { WatchedActivity } from '../model/types';
import { hostOf } from './party';
import { LIMITS, type SessionState } from './state';

/**
 * A script watching the visitor, from the page hook (validated by hookMessage): kept once per
 * activity, script and frame; lib/compare/rules/session-replay-generic.ts decides what it means.
 */
export function addWatcher(state: SessionState, frameUrl: string, what: WatchedActivity, scriptUrl: string | null, time: number): void {
  const list = (state.watchers ??= []);
  if (list.length >= LIMITS.watchers || list.some((w) => w.what === what && w.scriptUrl === scriptUrl && w.frameUrl === frameUrl)) return;
  list.push({ what, scriptUrl, host: scriptUrl ? hostOf(scriptUrl) || null : null, frameUrl, time, phase: 'pre-consent' });
}
