// The curated knowledge base: every vendor the auditor knows by itself, before any public data set.
// Bump KB_SEMVER when facts change: it goes into every export's knowledgeBaseVersion.
import type { VendorFact } from './schema';
import { ANALYTICS } from './vendors/analytics';
import { CONSENT_MANAGERS } from './vendors/consent-managers';
import { GOOGLE } from './vendors/google';
import { INFRASTRUCTURE } from './vendors/infrastructure';
import { RU_MARTECH } from './vendors/ru-martech';
import { RU_OTHER } from './vendors/ru-other';
import { SAAS_AND_EMBEDS } from './vendors/saas-and-embeds';
import { SOCIAL_ADS } from './vendors/social-ads';
import { SUPPORT } from './vendors/support';
import { VK_MAILRU } from './vendors/vk-mailru';
import { YANDEX } from './vendors/yandex';

export const KB_SEMVER = '1.3.0';

/** Order matters only for ties: a vendor listed earlier wins an identical cookie name. */
export const CURATED_VENDORS: readonly VendorFact[] = [
  ...YANDEX,
  ...VK_MAILRU,
  ...RU_MARTECH,
  ...RU_OTHER,
  ...GOOGLE,
  ...SOCIAL_ADS,
  ...ANALYTICS,
  ...SUPPORT,
  ...INFRASTRUCTURE,
  ...CONSENT_MANAGERS,
  ...SAAS_AND_EMBEDS,
];

export type { AliasFact, CookieFact, HostFact, StorageKind, VendorFact } from './schema';
