// Samples shown as examples are not declarations: the blocks after "So können zum Beispiel
// Cookie-Daten aussehen:" (or "for example, a cookie looks like this:"), up to the next heading or
// paragraph of prose.
import type { ExtractedDocument } from '../types';
import { EXAMPLE_INTRO } from './cues';

const SAMPLE_BLOCKS = 10;

/** Blocks after an "for example, cookie data look like this:" line, up to the next heading or paragraph. */
export function sampleBlocks(doc: ExtractedDocument): Set<number> {
  const skip = new Set<number>();
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    if (t.charCodeAt(t.length - 1) !== 58 /* : */ || !EXAMPLE_INTRO.test(t.toLowerCase())) continue;
    for (let j = i + 1; j < blocks.length && j <= i + SAMPLE_BLOCKS; j++) {
      const b = blocks[j]!;
      if (b.kind === 'heading' || (b.text.length > 200 && /[.!?]$/.test(b.text))) break;
      skip.add(b.offset);
    }
  }
  return skip;
}
