/**
 * True only in builds made for the end-to-end tests (CONSENT_AUDITOR_E2E=1, see wxt.config.ts),
 * which carry the test-only export channel (lib/model/e2e-channel.ts). A constant replaced at
 * build time, so production builds drop the code behind it.
 */
declare const __CONSENT_AUDITOR_E2E__: boolean;
