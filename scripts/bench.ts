// npm run bench: one JSON line per metric. Each area contributes scripts/bench/<area>.ts.
// `npm run bench -- overhead classify` runs only those areas.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Metric } from './bench/types';

const dir = resolve(import.meta.dirname, 'bench');
const wanted = process.argv.slice(2);
const areas = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && f !== 'stats.ts')
  .map((f) => f.slice(0, -3))
  .filter((a) => wanted.length === 0 || wanted.includes(a))
  .sort();

let failed = false;
for (const area of areas) {
  try {
    const mod = (await import(resolve(dir, `${area}.ts`))) as { run(): Promise<Metric[]> };
    for (const metric of await mod.run()) console.log(JSON.stringify({ area, ...metric }));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ area, error: error instanceof Error ? error.message : String(error) }));
  }
}
process.exit(failed ? 1 : 0);
