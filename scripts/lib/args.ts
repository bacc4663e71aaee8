// Minimal argv parsing for the CLIs: --flag value, --flag=value, repeatable flags, positionals.
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[]>;
}

export function parseArgs(argv: string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (k: string, v: string) => flags.set(k, [...(flags.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = arg.slice(2, eq < 0 ? undefined : eq);
    if (eq >= 0) add(key, arg.slice(eq + 1));
    else if (booleanFlags.includes(key)) add(key, 'true');
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${key} needs a value`);
      add(key, value);
      i++;
    }
  }
  return { positionals, flags };
}

export class UsageError extends Error {}

export function one(args: ParsedArgs, key: string): string | undefined {
  const v = args.flags.get(key);
  return v?.[v.length - 1];
}

export function intFlag(args: ParsedArgs, key: string, fallback: number, min = 0): number {
  const raw = one(args, key);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${key} must be a whole number >= ${min}, got "${raw}"`);
  return n;
}
