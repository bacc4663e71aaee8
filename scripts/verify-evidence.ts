// npm run verify-evidence -- DIR [DIR...]: re-hashes evidence bundles against their manifest.json.
// Exit 0 when every file matches, 1 when any file changed, is missing or was added.
import { verifyEvidence } from './lib/evidence';

async function main(dirs: string[]): Promise<number> {
  if (dirs.length === 0) {
    console.error('usage: npm run verify-evidence -- DIR [DIR...]');
    return 2;
  }
  let bad = 0;
  for (const dir of dirs) {
    try {
      const r = await verifyEvidence(dir);
      if (r.ok) console.log(`✓ ${dir}: ${r.checked} files match the manifest`);
      else {
        bad++;
        console.log(`✗ ${dir}: ${r.changed.length} changed, ${r.missing.length} missing, ${r.unlisted.length} not in the manifest`);
        for (const p of r.changed) console.log(`  changed: ${p}`);
        for (const p of r.missing) console.log(`  missing: ${p}`);
        for (const p of r.unlisted) console.log(`  not in the manifest: ${p}`);
      }
    } catch (error) {
      bad++;
      console.log(`✗ ${dir}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return bad === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
