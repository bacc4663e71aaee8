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
  /** True when the rule also found its popup open (a CMP can be present with no popup to press). */
  popupFound: boolean;
  /** True when autoconsent reported the opt-in/opt-out as finished. */
  done: boolean;
  error: string | null;
}

/** What is about to be pressed, told before autoconsent acts (the CLI's consent moment). */
export interface PressNotice {
  rule: string;
  selector: string | null;
  label: string | null;
}

/** The first element selector an autoconsent rule's opt-in/opt-out steps click, if it names one. */
export function ruleClickSelector(ruleName: string, action: AutoconsentAction): string | null {
  const rule = ruleList().find((r) => r.name === ruleName);
  if (!rule) return null;
  const find = (steps: unknown): string | null => {
    if (Array.isArray(steps)) {
      for (const s of steps) {
        const hit = find(s);
        if (hit) return hit;
      }
      return null;
    }
    if (typeof steps !== 'object' || steps === null) return null;
    const step = steps as Record<string, unknown>;
    for (const key of ['waitForThenClick', 'click']) {
      const v = step[key];
      if (typeof v === 'string') return v;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(' >>> ');
    }
    for (const key of ['then', 'else', 'any']) {
      const hit = find(step[key]);
      if (hit) return hit;
    }
    return null;
  };
  return find(rule[action]);
}

interface Message {
  type?: string;
  cmp?: string;
  result?: boolean;
  id?: string;
  code?: string;
  details?: unknown;
}

interface Rule {
  name: string;
  optIn?: unknown;
  optOut?: unknown;
}

let cached: { script: string; rules: string; list: Rule[] } | null = null;

function assets(): { script: string; rules: string; list: Rule[] } {
  if (cached) return cached;
  // The package exports its rules but not its dist folder: find the folder through the rules.
  const rulesPath = createRequire(import.meta.url).resolve('@duckduckgo/autoconsent/rules/rules.json');
  const script = readFileSync(join(dirname(rulesPath), '..', 'dist', 'autoconsent.playwright.js'), 'utf8');
  const full = JSON.parse(readFileSync(rulesPath, 'utf8')) as { autoconsent: Rule[] };
  cached = { script, rules: JSON.stringify({ autoconsent: full.autoconsent }), list: full.autoconsent };
  return cached;
}

function ruleList(): Rule[] {
  return assets().list;
}

/**
 * Arms a page before navigation: every frame it loads runs autoconsent with `action`.
 * Call `result()` after `page.goto` to wait for the outcome.
 */
export async function armAutoconsent(
  page: Page,
  action: AutoconsentAction,
  beforePress?: (notice: PressNotice) => Promise<void>,
  /** Resolves when pressing may start; a person reads the page once it has loaded, not before. */
  ready: Promise<void> = Promise.resolve(),
): Promise<{ result(timeoutMs?: number): Promise<AutoconsentResult> }> {
  const { script, rules } = assets();
  const out: AutoconsentResult = { cmp: null, popupFound: false, done: false, error: null };
  let finish: (() => void) | null = null;
  let pressing = false;
  const config = JSON.stringify({
    enabled: true,
    // No automatic action: on "popupFound" we first announce what will be pressed (the consent
    // moment of a CLI run, and the banner screenshot), then tell autoconsent to act.
    autoAction: null,
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
        out.cmp ??= msg.cmp ?? null;
        break;
      case 'popupFound': {
        out.cmp = msg.cmp ?? out.cmp;
        out.popupFound = true;
        // One press per page: a second frame's popup of the same CMP is the same banner.
        if (pressing) break;
        pressing = true;
        await ready;
        const rule = msg.cmp ?? 'unknown';
        const selector = ruleClickSelector(rule, action);
        const label =
          selector && !selector.includes('>>>')
            ? await frame
                .evaluate((sel: string) => (document.querySelector(sel) as HTMLElement | null)?.innerText?.trim().slice(0, 120) ?? null, selector)
                .catch(() => null)
            : null;
        await beforePress?.({ rule, selector, label }).catch(() => undefined);
        // Not awaited: the opt-out itself talks back through this binding (eval requests).
        void reply(frame, `{ type: ${JSON.stringify(action)} }`);
        break;
      }
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
