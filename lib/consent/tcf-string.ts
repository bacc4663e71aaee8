// The IAB TCF v2 consent string (cookie euconsent-v2, also returned by __tcfapi getTCData) read
// with the IAB's own decoder, @iabtcf/core. Runs in the background and the CLI, never in pages.

import { TCString } from '@iabtcf/core';
import type { ConsentState } from '../model/types';

export interface TcfConsent {
  state: ConsentState;
  /** Purposes the visitor consented to, ascending. */
  purposes: number[];
  cmpId: number;
  vendorConsents: number;
}

// TCF v2.0/2.1 define purposes 1-10; v2.2 (policy version 4) adds purpose 11. "All" means every
// purpose of the policy version the string was made under.
function purposeCount(policyVersion: number): number {
  return policyVersion >= 4 ? 11 : 10;
}

/** The consent state a TC string records, or null when it is not a valid v2 TC string. */
export function readTcString(value: string): TcfConsent | null {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9_\-.]+$/.test(trimmed)) return null;
  try {
    const model = TCString.decode(trimmed);
    if (model.version !== 2) return null;
    const total = purposeCount(Number(model.policyVersion));
    const purposes: number[] = [];
    model.purposeConsents.forEach((consented, id) => {
      if (consented && id <= total) purposes.push(id);
    });
    purposes.sort((a, b) => a - b);
    const state: ConsentState = purposes.length === 0 ? 'rejected' : purposes.length >= total ? 'accepted' : 'partial';
    return { state, purposes, cmpId: Number(model.cmpId), vendorConsents: model.vendorConsents.size };
  } catch {
    return null;
  }
}
