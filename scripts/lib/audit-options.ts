// The options every audit takes, read from the command line once for `npm run audit` and
// `npm run campaign -- run`, so the two never drift apart.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PolicyOverride } from '../../lib/observe/policy-flow';
import { PolicyInputError, policyOverrideFromFile } from '../../lib/policy/input-check';
import { intFlag, one, UsageError, type ParsedArgs } from './args';
import { DEFAULT_EXTENSION_DIR } from './audit-run';

export type ConsentMode = 'none' | 'accept' | 'reject';
export const CONSENT_MODES: readonly ConsentMode[] = ['none', 'accept', 'reject'];

/** Boolean flags of the shared options (for parseArgs). */
export const AUDIT_BOOLEAN_FLAGS = ['ignore-cert-errors', 'gpc'] as const;

export const AUDIT_OPTIONS_USAGE = `  --wait MS                 how long to keep recording after load (default: 5000)
  --policy URL|FILE         use this policy instead of discovering one
  --resolve HOST=IP[:PORT]  map a host name to an address for the browser (repeatable)
  --ignore-cert-errors      accept invalid TLS certificates
  --concurrency N           audit N sites at once (default: 1)
  --gpc                     send Global Privacy Control (Sec-GPC: 1, navigator.globalPrivacyControl)
  --extension DIR           built extension (default: .output/chrome-mv3)`;

/** What one audit needs besides the URL and the consent mode; plain data, so it can travel in a queue job. */
export interface SharedAuditOptions {
  waitMs: number;
  policy?: PolicyOverride;
  hostResolverRules?: string;
  ignoreCertErrors: boolean;
  navigationTimeoutMs: number;
  /** Send Global Privacy Control: the Sec-GPC: 1 request header and navigator.globalPrivacyControl. */
  gpc?: boolean;
}

export function consentModeOf(value: string): ConsentMode {
  if (!(CONSENT_MODES as readonly string[]).includes(value)) throw new UsageError(`consent mode must be none, accept or reject, got "${value}"`);
  return value as ConsentMode;
}

export function sharedAuditOptions(args: ParsedArgs): SharedAuditOptions {
  const resolveRules = (args.flags.get('resolve') ?? []).map((r) => {
    const m = /^([^=\s]+)=([^\s]+)$/.exec(r);
    if (!m) throw new UsageError(`--resolve takes HOST=IP, got "${r}"`);
    return `MAP ${m[1]} ${m[2]}`;
  });
  const policyArg = one(args, 'policy');
  const options: SharedAuditOptions = {
    waitMs: intFlag(args, 'wait', 5000),
    ignoreCertErrors: args.flags.has('ignore-cert-errors'),
    navigationTimeoutMs: 45_000,
  };
  if (policyArg !== undefined) options.policy = readPolicyArg(policyArg);
  if (resolveRules.length) options.hostResolverRules = resolveRules.join(', ');
  if (args.flags.has('gpc')) options.gpc = true;
  return options;
}

export function extensionDirOf(args: ParsedArgs): string {
  return resolve(one(args, 'extension') ?? DEFAULT_EXTENSION_DIR);
}

/** --policy URL is fetched by the extension as if discovered; --policy FILE is read here and handed over. */
export function readPolicyArg(value: string): PolicyOverride {
  if (/^https?:\/\//i.test(value)) return { kind: 'url', url: value };
  if (!existsSync(value)) throw new UsageError(`--policy: no such file or URL: ${value}`);
  try {
    return policyOverrideFromFile(readFileSync(value), value);
  } catch (e) {
    if (e instanceof PolicyInputError) throw new UsageError(`--policy ${e.message}`);
    throw e;
  }
}
