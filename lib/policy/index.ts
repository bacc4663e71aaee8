// The policy engine's public surface. Everything here is pure: the extension and the CLI pass
// in fetch and the knowledge base's vendor lookup.
export type { ExtractedDocument, DocumentBlock, ExtractedTable, ExtractedLink, TableCell, RankedLink, FetchedPolicy, ParsePolicyInput, PolicyDeps } from './types';
export { detectLanguage } from './language';
export { parseDuration } from './duration';
export { extractDocument } from './extract';
export { textToDocument } from './text-document';
export { parsePolicy, parsePastedText, mergeDeclarations, declarationsFromDocument } from './parse';
