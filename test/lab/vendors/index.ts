// Every third party the lab impersonates, real SDKs and emulations alike.
import { mixpanel } from './mixpanel';
import { posthog } from './posthog';
import { topMailRu } from './top-mail-ru';
import type { VendorFactory } from './vendor';
import { yandexMetrika } from './yandex-metrika';

export const VENDORS: VendorFactory[] = [posthog, mixpanel, yandexMetrika, topMailRu];
