// Every third party the lab impersonates, real SDKs and emulations alike.
import { cmpCdns } from './cmp-cdns';
import { googleTag } from './google-tag';
import { jivo } from './jivo';
import { mixpanel } from './mixpanel';
import { posthog } from './posthog';
import { topMailRu } from './top-mail-ru';
import type { VendorFactory } from './vendor';
import { yandexMetrika } from './yandex-metrika';

export const VENDORS: VendorFactory[] = [posthog, mixpanel, yandexMetrika, topMailRu, googleTag, cmpCdns, jivo];
