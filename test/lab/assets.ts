// Where the lab's served bytes come from: npm packages (real third-party code), the lab's own
// static folder (emulations, first-party site scripts) and esbuild bundles made in memory at
// start-up for code that ships only as ES modules. Everything is read once and kept in memory.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const LAB_DIR = here;
export const STATIC_DIR = join(here, 'static');
export const REPO_DIR = resolve(here, '..', '..');

/** The shared folder (seeds, data): env CONSENT_AUDITOR_SHARED, default <repo>/../shared. */
export function defaultSharedDir(): string {
  return process.env.CONSENT_AUDITOR_SHARED ?? resolve(REPO_DIR, '..', 'shared');
}

export interface Assets {
  /** A file inside an installed npm package, e.g. npm('posthog-js', 'dist/array.js'). */
  npm(pkg: string, file: string): Promise<Buffer>;
  /** A file the lab wrote itself, under test/lab/static. */
  own(file: string): Promise<Buffer>;
  /** An IIFE bundle made by esbuild from an entry under test/lab/browser (name without extension). */
  bundle(name: string): Promise<Buffer>;
  sharedDir: string;
}

/** Entries under test/lab/browser that are bundled at start-up (they import ESM-only packages). */
export const BUNDLES: readonly string[] = ['tcf-cmp', 'matomo-tracker'];

export async function createAssets(sharedDir: string): Promise<Assets> {
  const cache = new Map<string, Promise<Buffer>>();
  const once = (key: string, load: () => Promise<Buffer>): Promise<Buffer> => {
    let hit = cache.get(key);
    if (!hit) {
      hit = load();
      cache.set(key, hit);
      hit.catch(() => cache.delete(key));
    }
    return hit;
  };
  const bundles = await buildBundles();

  return {
    sharedDir,
    npm: (pkg, file) => once(`npm:${pkg}/${file}`, () => readFile(join(packageDir(pkg), file))),
    own: (file) => once(`own:${file}`, () => readFile(join(STATIC_DIR, file))),
    bundle: (name) => {
      const code = bundles.get(name);
      return code ? Promise.resolve(code) : Promise.reject(new Error(`unknown lab bundle ${name}`));
    },
  };
}

export function packageDir(pkg: string): string {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    // Packages whose "exports" hide package.json (rrweb): climb from the entry to the package folder.
    let dir = dirname(require.resolve(pkg));
    while (!dir.endsWith(`/node_modules/${pkg}`) && dir !== dirname(dir)) dir = dirname(dir);
    return dir;
  }
}

async function buildBundles(): Promise<Map<string, Buffer>> {
  if (BUNDLES.length === 0) return new Map();
  // One in-memory esbuild call for all entries (no temp files, so two labs can run at once);
  // about a second on two cores, done before the server answers.
  const result = await build({
    entryPoints: BUNDLES.map((name) => ({ in: join(here, 'browser', `${name}.ts`), out: name })),
    outdir: '/lab-bundles',
    write: false,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  });
  const out = new Map<string, Buffer>();
  for (const file of result.outputFiles) {
    const name = file.path.replace(/^.*\//, '').replace(/\.js$/, '');
    out.set(name, Buffer.from(file.contents));
  }
  return out;
}
