// The end-to-end tests' door into a Firefox build (issue 14). WebDriver BiDi cannot open
// moz-extension:// pages nor evaluate in the background page, so the test asks through the
// audited page itself: it dispatches REQUEST on the document, the isolated-world relay passes
// the question to the background for its own tab and answers with RESPONSE (JSON string
// details, which cross the world boundary in every browser). Only builds made with
// CONSENT_AUDITOR_E2E=1 (wxt.config.ts) contain either side; `npm run build` and `npm run zip`
// compile both out.

export const E2E_REQUEST_EVENT = 'consent-auditor:e2e-request';
export const E2E_RESPONSE_EVENT = 'consent-auditor:e2e-response';
/** The relay's message to the background. */
export const E2E_MESSAGE = 'e2e:ui';

/** What the popup could ask for this tab: its export, or a fresh visit (clear the site, reload). */
export type E2eAsk = 'get-report' | 'fresh-visit';
export const E2E_ASKS: readonly E2eAsk[] = ['get-report', 'fresh-visit'];

export interface E2eRequest {
  id: string;
  ask: E2eAsk;
}

/** The answer carries the request's id back, with what the background's UI handler returned. */
export interface E2eResponse {
  id: string;
  result: unknown;
  error?: string;
}
