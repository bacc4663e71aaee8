// Node-side helper for the CLI's --consent accept|reject: runs @duckduckgo/autoconsent (MPL-2.0,
// used unmodified as a dependency) inside a Playwright page, the way its own Playwright entry is
// meant to be driven: its content script talks to us through one exposed binding, we answer
// "init" with the rule set and run its main-world "eval" snippets. Never bundled into the
// extension: the engine alone is ~87 KB minified (lib/consent/README.md).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

export type AutoconsentAction = 'optIn' | 'optOut';

export interface AutoconsentResult {
  /** The autoconsent rule that matched (its name, e.g. "cookieconsent3", "Klaro"), null when none did. */
  cmp: string | null;
  /** True when autoconsent reported the opt-in/opt-out as finished. */
  done: boolean;
  error: string | null;
}

interface Message {
  type?: string;
  cmp?: string;
  result?: boolean;
  id?: string;
  code?: string;
  details?: unknown;
}

let cached: { script: string; rules: string } | null = null;

function assets(): { script: string; rules: string } {
  if (cached) return cached;
  // The package exports its rules but not its dist folder: find the folder through the rules.
  const rulesPath = createRequire(import.meta.url).resolve('@duckduckgo/autoconsent/rules/rules.json');
  const script = readFileSync(join(dirname(rulesPath), '..', 'dist', 'autoconsent.playwright.js'), 'utf8');
  const full = JSON.parse(readFileSync(rulesPath, 'utf8')) as { autoconsent: unknown[] };
  cached = { script, rules: JSON.stringify({ autoconsent: full.autoconsent }) };
  return cached;
}

/**
 * Arms a page before navigation: every frame it loads runs autoconsent with `action`.
 * Call `result()` after `page.goto` to wait for the outcome.
 */
export async function armAutoconsent(page: Page, action: AutoconsentAction): Promise<{ result(timeoutMs?: number): Promise<AutoconsentResult> }> {
  const { script, rules } = assets();
  const out: AutoconsentResult = { cmp: null, done: false, error: null };
  let finish: (() => void) | null = null;
  const config = JSON.stringify({
    enabled: true,
    autoAction: action,
    disabledCmps: [],
    enablePrehide: false,
    // Hiding a banner with CSS is not a choice: the audit needs a real click or nothing.
    enableCosmeticRules: false,
    enableGeneratedRules: true,
    enableHeuristicDetection: true,
    detectRetries: 20,
  });

  const reply = (frame: Frame, body: string): Promise<unknown> => frame.evaluate(`window.autoconsentReceiveMessage(${body})`).catch(() => undefined);
  await page.exposeBinding('autoconsentSendMessage', async ({ frame }: { frame: Frame }, msg: Message) => {
    switch (msg.type) {
      case 'init':
        await reply(frame, `{ type: "initResp", config: ${config}, rules: ${rules} }`);
        break;
      case 'eval': {
        const value = await frame.evaluate(msg.code ?? 'false').catch(() => false);
        await reply(frame, `{ id: ${JSON.stringify(msg.id)}, type: "evalResp", result: ${JSON.stringify(value ?? false)} }`);
        break;
      }
      case 'cmpDetected':
      case 'popupFound':
        out.cmp ??= msg.cmp ?? null;
        break;
      case 'optInResult':
      case 'optOutResult':
        out.cmp = msg.cmp ?? out.cmp;
        if (msg.result === false) out.error = `${msg.type} false`;
        break;
      case 'autoconsentDone':
        out.cmp = msg.cmp ?? out.cmp;
        out.done = out.error === null;
        finish?.();
        break;
      case 'autoconsentError':
        out.error = String(JSON.stringify(msg.details) ?? 'error').slice(0, 300);
        finish?.();
        break;
    }
  });
  await page.addInitScript({ content: script });
  return {
    result(timeoutMs = 15_000): Promise<AutoconsentResult> {
      if (out.done || out.error) return Promise.resolve({ ...out });
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          finish = null;
          resolve({ ...out, error: out.error ?? (out.cmp ? 'timed out' : 'no consent manager found') });
        }, timeoutMs);
        finish = () => {
          clearTimeout(timer);
          finish = null;
          resolve({ ...out });
        };
      });
    },
  };
}
