// Every lab site's server side, in catalog order.
import { consentSiteServer } from './consent';
import { findingSiteServer } from './findings';
import { shopSite } from './shop';
import type { SiteFactory } from './site';

export const SITE_SERVERS: SiteFactory[] = [shopSite, consentSiteServer, findingSiteServer];
