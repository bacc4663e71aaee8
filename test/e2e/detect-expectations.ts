// What each issue-12 lab site must and must not produce, by [code, subject name]. The findings
// test checks them in the extension (popup and export), detect.test.ts through the CLI.
export const DETECT_MUST: Record<string, [code: string, subject: string][]> = {
  'lab-proxy': [
    ['first-party-tracker-proxy', 'www.lab-proxy.test'],
    ['first-party-tracker-proxy', 'stats.lab-proxy.test'],
    ['pre-consent-tracker', 'www.lab-proxy.test'],
    ['pre-consent-tracker', 'stats.lab-proxy.test'],
  ],
};

export const DETECT_MUST_NOT: Record<string, [code: string, subject: string][]> = {
  // The site's own analytics endpoint has no known tracker's shape.
  'lab-proxy': [
    ['first-party-tracker-proxy', 'api.lab-proxy.test'],
    ['pre-consent-tracker', 'api.lab-proxy.test'],
  ],
};
