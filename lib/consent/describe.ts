import { classifyButtonText } from './buttons';
import { buttonsIn, cssPath, findBanner, labelOf, visible, type Found } from './detect';

// For the CLI (press-banner.ts bundles this into the audited page): which banner is showing and
// which of its buttons accepts or rejects. Not part of the content script.

function buttonFor(found: Found, meaning: 'accept' | 'reject'): string | null {
  const known = found.known?.[meaning === 'accept' ? 2 : 3];
  if (known && found.root.ownerDocument.querySelector(known)) return known;
  const button = buttonsIn(found.root).find((b) => classifyButtonText(labelOf(b)) === meaning && visible(b));
  return button ? cssPath(button) : null;
}

/** Which CMP shows a banner now and which buttons accept and reject, or null. */
export function describeBanner(doc: Document): { cmp: string; acceptSelector: string | null; rejectSelector: string | null } | null {
  const found = findBanner(doc);
  return found && { cmp: found.cmp, acceptSelector: buttonFor(found, 'accept'), rejectSelector: buttonFor(found, 'reject') };
}
