// Test builds only (page-relay.ts calls this behind __CONSENT_AUDITOR_E2E__): see
// lib/model/e2e-channel.ts for why the Firefox end-to-end test talks to the add-on through the page.
import { browser } from '@wxt-dev/browser';
import { E2E_ASKS, E2E_MESSAGE, E2E_REQUEST_EVENT, E2E_RESPONSE_EVENT, type E2eAsk, type E2eRequest, type E2eResponse } from '../lib/model/e2e-channel';

export function answerE2eRequests(doc: Document): void {
  doc.addEventListener(E2E_REQUEST_EVENT, (e) => {
    let req: E2eRequest;
    try {
      req = JSON.parse(String((e as CustomEvent<unknown>).detail)) as E2eRequest;
    } catch {
      return;
    }
    if (typeof req.id !== 'string' || !E2E_ASKS.includes(req.ask as E2eAsk)) return;
    const answer = (r: E2eResponse) => doc.dispatchEvent(new CustomEvent(E2E_RESPONSE_EVENT, { detail: JSON.stringify(r) }));
    browser.runtime.sendMessage({ type: E2E_MESSAGE, ask: req.ask }).then(
      (result: unknown) => answer({ id: req.id, result: result ?? null }),
      (error: unknown) => answer({ id: req.id, result: null, error: String(error) }),
    );
  });
}
