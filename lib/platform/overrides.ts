import { browser } from './browser';
import type { PolicyOverride } from '../observe/policy-flow';

// The auditor's per-site policy choice (a URL, pasted text or an imported table), remembered in
// storage.local so it survives restarts and applies to every later audit of the site.

const OVERRIDE_PREFIX = 'policy-override:v1:';

export async function loadOverride(site: string): Promise<PolicyOverride | null> {
  const key = OVERRIDE_PREFIX + site;
  const got = await browser.storage.local.get(key);
  return (got[key] as PolicyOverride | undefined) ?? null;
}

export async function saveOverride(site: string, override: PolicyOverride | null): Promise<void> {
  const key = OVERRIDE_PREFIX + site;
  if (override) await browser.storage.local.set({ [key]: override });
  else await browser.storage.local.remove(key);
}

export async function listOverrides(): Promise<[string, PolicyOverride][]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith(OVERRIDE_PREFIX))
    .map(([k, v]) => [k.slice(OVERRIDE_PREFIX.length), v as PolicyOverride]);
}
