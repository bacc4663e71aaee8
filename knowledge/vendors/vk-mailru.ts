// VK group: Top.Mail.Ru counter (now the VK Ads pixel), myTarget ad serving, VK and OK.ru widgets/pixels.
import type { VendorFact } from '../schema';
import { DAY, YEAR } from '../units';

const TOP_MAIL = 'https://help.mail.ru/top/';
const VK_ADS = 'https://ads.vk.com/help/articles/pixel';
const MYTARGET = 'https://target.my.com/help/advertisers/';
const VK_DEV = 'https://dev.vk.com/ru/widgets/getting-started';
const VK_COOKIES = 'https://vk.com/privacy/cookies';
const OK_DEV = 'https://apiok.ru/ext/';

export const VK_MAILRU: VendorFact[] = [
  {
    id: 'top-mail-ru',
    name: 'Top.Mail.Ru / VK Ads pixel',
    category: 'marketing',
    tracker: true,
    aliases: [
      'Top.Mail.Ru', 'Top Mail.Ru', 'Top@Mail.Ru', 'Рейтинг Mail.Ru', 'Рейтинг@Mail.ru', 'Счётчик Top.Mail.Ru',
      'Пиксель VK Рекламы', 'Пиксель VK Ads', 'VK Ads', 'VK Реклама', 'VK Рекламы', 'top-fwz1.mail.ru',
    ],
    hosts: [
      { host: 'top-fwz1.mail.ru', source: TOP_MAIL },
      { host: 'top.mail.ru', source: TOP_MAIL },
      { host: 'mail.ru', path: '/counter', source: TOP_MAIL },
      { host: 'privacy-cs.mail.ru', source: VK_ADS },
    ],
    cookies: [
      { name: 'tmr_lvid', category: 'marketing', lifetime: YEAR, source: TOP_MAIL },
      { name: 'tmr_lvidTS', category: 'marketing', lifetime: YEAR, source: TOP_MAIL },
      { name: 'tmr_detect', category: 'marketing', lifetime: DAY, source: TOP_MAIL },
      { name: 'tmr_reqNum', category: 'marketing', lifetime: YEAR, source: TOP_MAIL },
      { name: 'tmr_*', category: 'marketing', source: TOP_MAIL },
      { name: 'VID', category: 'marketing', lifetime: 2 * YEAR, vendorHostsOnly: true, source: TOP_MAIL },
      { name: 'mrcu', category: 'marketing', lifetime: 2 * YEAR, vendorHostsOnly: true, source: TOP_MAIL },
    ],
    source: VK_ADS,
  },
  {
    id: 'mytarget',
    name: 'myTarget',
    category: 'marketing',
    tracker: true,
    aliases: ['myTarget', 'MyTarget', 'май таргет', 'Майтаргет'],
    hosts: [
      { host: 'ad.mail.ru', source: MYTARGET },
      { host: 'r.mradx.net', source: MYTARGET },
      { host: 'mradx.net', source: MYTARGET },
      { host: 'target.my.com', source: MYTARGET },
      { host: 'rs.mail.ru', source: MYTARGET },
    ],
    cookies: [],
    source: MYTARGET,
  },
  {
    id: 'vk-pixel',
    name: 'VK pixel and widgets',
    category: 'marketing',
    tracker: true,
    aliases: [
      'ВКонтакте', 'ВКонтакті', 'VKontakte', 'VK.com', 'vk.ru', 'Пиксель ВКонтакте', 'VK Pixel', 'VK ID',
      { text: 'VK', caseSensitive: true }, { text: 'ВК', caseSensitive: true, langs: ['ru', 'uk', 'kk'] },
    ],
    hosts: [
      { host: 'vk.com', path: '/rtrg', source: VK_ADS },
      { host: 'vk.ru', path: '/rtrg', source: VK_ADS },
      { host: 'vk.com', source: VK_DEV },
      { host: 'vk.ru', source: VK_DEV },
      { host: 'userapi.com', category: 'functional', tracker: false, source: VK_DEV },
      { host: 'vk-portal.net', source: VK_DEV },
    ],
    cookies: [
      { name: 'remix*', category: 'marketing', vendorHostsOnly: true, source: VK_COOKIES },
    ],
    source: VK_DEV,
  },
  {
    id: 'ok-ru',
    name: 'OK.ru (Odnoklassniki)',
    category: 'marketing',
    tracker: true,
    aliases: ['Одноклассники', 'Однокласники', 'Odnoklassniki', 'OK.ru', 'ok.ru'],
    hosts: [
      { host: 'connect.ok.ru', source: OK_DEV },
      { host: 'ok.ru', source: OK_DEV },
      { host: 'odnoklassniki.ru', source: OK_DEV },
      { host: 'okcdn.ru', category: 'functional', tracker: false, source: OK_DEV },
    ],
    cookies: [],
    source: OK_DEV,
  },
];
