import type { Declarations, FindVendorMentions } from '../model/types';
import { readCmpDeclarations } from '../policy';
import type { SessionState } from '../observe/state';

// Declarations from the consent manager's own configuration, read from the page. Parsed per
// export from the stored JSON (small), so a worker restart keeps them too.

export function cmpDeclarations(state: SessionState, findVendorMentions: FindVendorMentions): Declarations | null {
  if (!state.cmpConfig) return null;
  try {
    const { cmp, json } = state.cmpConfig;
    if (cmp === 'cookiebot-declaration-html' || cmp === 'onetrust-html') {
      return readCmpDeclarations({ kind: cmp, html: json }, state.url, { findVendorMentions });
    }
    const config: unknown = JSON.parse(json, (_k, v: unknown) =>
      v && typeof v === 'object' && typeof (v as { __regexp?: unknown }).__regexp === 'string' ? safeRegExp((v as { __regexp: string }).__regexp) : v,
    );
    return readCmpDeclarations({ kind: cmp, config }, state.url, { findVendorMentions });
  } catch {
    // A configuration the reader rejects declares nothing; the policy still stands.
    return null;
  }
}

function safeRegExp(source: string): RegExp | string {
  try {
    return new RegExp(source);
  } catch {
    return source;
  }
}
