// The policy engine's public surface. Everything here is pure: the extension and the CLI pass
// in fetch and the knowledge base's vendor lookup.
export type {
  ExtractedDocument, DocumentBlock, ExtractedTable, ExtractedLink, TableCell, RankedLink, FetchedPolicy, ParsePolicyInput, PolicyDeps,
} from './types';
export { detectLanguage } from './language';
export { parseDuration } from './duration';
export { extractDocument, type ExtractOptions } from './extract';
export { textToDocument } from './text-document';
export { parsePolicy, parsePastedText, mergeDeclarations, declarationsFromDocument } from './parse';
export { rankPolicyLinks, findCookiePolicyLink } from './discovery';
export { fetchPolicy, needsJavaScript, type FetchPolicyOptions } from './fetch';
export { decodeBytes } from './charset';
export { readCmpDeclarations, type CmpInput } from './cmp/index';
export { parseOcdCsv } from './imports/ocd-csv';
export { parseEdpbKnowledgeBase } from './imports/edpb';
export { sha256Hex } from './sha256';
