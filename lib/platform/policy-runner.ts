import { loadOverride } from './overrides';
import { findVendorMentions, knownCookieName } from '../classify';
import { resolvePolicy, type PolicyResult } from '../observe/policy-flow';
import type { SessionTracker } from '../observe/tracker';

// Reads the audited site's policy once per session, in the worker. Results are cached per page
// URL for a while so browsing within a site does not refetch the same policy on every page.

const CACHE_MS = 10 * 60_000;

export function createPolicyRunner(tracker: SessionTracker) {
  const cache = new Map<string, { at: number; result: PolicyResult }>();
  const running = new Set<string>();

  return async function runPolicy(tabId: number, force = false): Promise<void> {
    const state = await tracker.get(tabId);
    if (!state || (!force && state.policy.state !== 'idle' && state.policy.state !== 'loading')) return;
    const sessionKey = `${tabId}:${state.startedAt}`;
    if (running.has(sessionKey)) return;
    running.add(sessionKey);
    try {
      const override = await loadOverride(state.site);
      const cacheKey = `${state.site}|${JSON.stringify(override ?? state.links.map((l) => l.href))}`;
      const cached = cache.get(cacheKey);
      await tracker.update(tabId, (s) => {
        s.policy = { state: 'loading', origin: null, url: null, message: null, readAt: null };
      });
      const result =
        !force && cached && Date.now() - cached.at < CACHE_MS
          ? cached.result
          : await resolvePolicy(state.url, state.links, override, { fetch: (...a) => fetch(...a), findVendorMentions, knownCookie: knownCookieName, now: () => new Date() });
      cache.set(cacheKey, { at: Date.now(), result });
      await tracker.update(tabId, (s) => {
        // The tab may have navigated on meanwhile: only the session that asked gets the answer.
        if (s.startedAt !== state.startedAt) return;
        s.policy = result.status;
        s.declarations = result.declarations;
      });
    } catch (error) {
      await tracker.update(tabId, (s) => {
        if (s.startedAt !== state.startedAt) return;
        s.policy = { state: 'failed', origin: null, url: null, message: `Reading the policy failed: ${error instanceof Error ? error.message : String(error)}`, readAt: null };
      });
    } finally {
      running.delete(sessionKey);
    }
  };
}
