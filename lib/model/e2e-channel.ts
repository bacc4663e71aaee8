// The end-to-end tests' door into a Firefox build (issue 14). WebDriver BiDi cannot open
// moz-extension:// pages nor evaluate in the background page, so the test asks the audited page
// itself: it dispatches REQUEST on the document, the isolated-world relay asks the background
// for the export of its own tab and answers with RESPONSE (a JSON string detail, which crosses
// the world boundary in every browser). Only builds made with CONSENT_AUDITOR_E2E=1 (wxt.config.ts)
// contain either side; `npm run build` and `npm run zip` compile both out.

export const E2E_EXPORT_REQUEST_EVENT = 'consent-auditor:e2e-export-request';
export const E2E_EXPORT_RESPONSE_EVENT = 'consent-auditor:e2e-export-response';
/** The relay's message to the background: the export of the sender's tab. */
export const E2E_GET_REPORT = 'e2e:get-report';

/** The request's detail names it; the answer carries the same id back. */
export interface E2eExportResponse {
  id: string;
  report: unknown;
  error?: string;
}
