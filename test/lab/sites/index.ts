// Every lab site's server side, in catalog order.
import { consentSiteServer } from './consent';
import { detectSiteServer } from './detect';
import { findingSiteServer } from './findings';
import { noticeOverCmpSite } from './notice-over-cmp';
import { analyticsSite } from './analytics';
import { shopSite } from './shop';
import type { SiteFactory } from './site';

export const SITE_SERVERS: SiteFactory[] = [shopSite, analyticsSite, consentSiteServer, findingSiteServer, detectSiteServer, noticeOverCmpSite];
