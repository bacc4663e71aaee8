// Every third party the lab impersonates, real SDKs and emulations alike.
import { amplitude } from './amplitude';
import { cmpCdns } from './cmp-cdns';
import { cmpData } from './cmp-data';
import { fingerprintjs } from './fingerprintjs';
import { googleTag } from './google-tag';
import { jivo } from './jivo';
import { matomo } from './matomo';
import { mixpanel } from './mixpanel';
import { posthog } from './posthog';
import { comagic, roistat, vkPixel } from './ru-counters';
import { segment } from './segment';
import { snowplowCollector } from './snowplow';
import { topMailRu } from './top-mail-ru';
import type { VendorFactory } from './vendor';
import { yandexMetrika } from './yandex-metrika';

export const VENDORS: VendorFactory[] = [
  posthog,
  mixpanel,
  amplitude,
  segment,
  snowplowCollector,
  matomo,
  fingerprintjs,
  yandexMetrika,
  topMailRu,
  googleTag,
  jivo,
  vkPixel,
  roistat,
  comagic,
  cmpCdns,
  cmpData,
];
