// Test builds only (page-relay.ts calls this behind __CONSENT_AUDITOR_E2E__): see
// lib/model/e2e-channel.ts for why the Firefox end-to-end test reads the audit through the page.
import { browser } from '@wxt-dev/browser';
import { E2E_EXPORT_REQUEST_EVENT, E2E_EXPORT_RESPONSE_EVENT, E2E_GET_REPORT, type E2eExportResponse } from '../lib/model/e2e-channel';

export function answerExportRequests(doc: Document): void {
  doc.addEventListener(E2E_EXPORT_REQUEST_EVENT, (e) => {
    const id = String((e as CustomEvent<unknown>).detail);
    const answer = (r: E2eExportResponse) => doc.dispatchEvent(new CustomEvent(E2E_EXPORT_RESPONSE_EVENT, { detail: JSON.stringify(r) }));
    browser.runtime.sendMessage({ type: E2E_GET_REPORT }).then(
      (report: unknown) => answer({ id, report: report ?? null }),
      (error: unknown) => answer({ id, report: null, error: String(error) }),
    );
  });
}
