// Classifiers for the tests: one from the curated base alone (no generated files needed) and the
// default one over generated/ (the lead's `npm test` runs `npm run build:kb` first).
import { CURATED_VENDORS, KB_SEMVER } from '../../../knowledge/index';
import { createClassifier } from '../../../lib/classify/classifier';
import { compileKnowledge } from '../../../lib/classify/compile';
import type { Classifier } from '../../../lib/classify/types';
import { kbVersionString } from '../../../lib/classify/version';

export function curatedOnly(): Classifier {
  const kbVersion = kbVersionString(KB_SEMVER, { ocd: null, easyprivacy: null, ruadlist: null });
  const data = compileKnowledge(CURATED_VENDORS, [], { generatedBy: 'test', note: '', kbVersion, sources: [] });
  return createClassifier(data);
}
