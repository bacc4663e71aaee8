// One entry for every consent manager the content script can hand over.
import type { Declarations } from '../../model/types';
import type { PolicyDeps } from '../types';
import { readCookiebotDialog } from './cookiebot';
import { readHtmlDeclaration } from './html-declaration';
import { readKlaroConfig } from './klaro';
import { readOneTrustDomainData } from './onetrust';
import { readVanillaConfig } from './vanilla';

export type CmpInput =
  | { kind: 'vanilla-cookieconsent'; config: unknown }
  | { kind: 'klaro'; config: unknown }
  /** CookieConsentDialog's five cookieTable* arrays (and its lang), read in the page. */
  | { kind: 'cookiebot'; config: unknown }
  /** OneTrust.GetDomainData(), read in the page. */
  | { kind: 'onetrust'; config: unknown }
  | { kind: 'cookiebot-declaration-html'; html: string }
  | { kind: 'onetrust-html'; html: string };

export function readCmpDeclarations(cmp: CmpInput, pageUrl: string, deps: PolicyDeps): Declarations {
  switch (cmp.kind) {
    case 'vanilla-cookieconsent':
      return readVanillaConfig(cmp.config, pageUrl, deps);
    case 'klaro':
      return readKlaroConfig(cmp.config, pageUrl, deps);
    case 'cookiebot':
      return readCookiebotDialog(cmp.config, pageUrl, deps);
    case 'onetrust':
      return readOneTrustDomainData(cmp.config, pageUrl, deps);
    case 'cookiebot-declaration-html':
      return readHtmlDeclaration(cmp.html, pageUrl, deps, 'Cookiebot cookie declaration');
    case 'onetrust-html':
      return readHtmlDeclaration(cmp.html, pageUrl, deps, 'OneTrust cookie list');
  }
}
