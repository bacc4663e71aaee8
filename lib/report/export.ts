import type {
  ConsentSummary,
  CookieObservation,
  Declarations,
  Finding,
  FindingCode,
  FingerprintObservation,
  WatcherObservation,
  PolicyStatus,
  RequestObservation,
  Severity,
  StorageObservation,
} from '../model/types';
import type { PolicyCopy, ScreenshotRef } from './evidence';

// The DESIGN.md export, schemaVersion 1. Other tools read it: extend, never rename.
export interface AuditExport {
  schemaVersion: 1;
  tool: { name: string; version: string; knowledgeBaseVersion: string };
  page: { url: string; site: string; title: string };
  startedAt: string;
  browser: string;
  fresh: boolean;
  consent: ConsentSummary;
  policy: PolicyStatus;
  observations: { cookies: CookieObservation[]; requests: RequestObservation[]; storage: StorageObservation[]; fingerprinting?: FingerprintObservation[]; watchers?: WatcherObservation[] };
  truncated: { cookies: boolean; requests: boolean; storage: boolean };
  worker: { restarts: number; recoveredCookies: number };
  declarations: Declarations;
  findings: Finding[];
  /** Set by the CLI's --gpc: the audit browser sent Global Privacy Control. */
  gpc?: boolean;
  summary: { total: number; byCode: Partial<Record<FindingCode, number>>; bySeverity: Record<Severity, number> };
  /** Evidence bundles only: the screenshots taken, with their times. */
  screenshots?: ScreenshotRef[];
  /** Evidence bundles only: each policy source as fetched again for the bundle. */
  policyCopies?: PolicyCopy[];
}

export const TOOL_NAME = 'consent-auditor';
