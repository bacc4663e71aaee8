// Russian-market call tracking, end-to-end analytics, chats, CRM widgets and site builders.
// None of these is in the Open Cookie Database (see the data README), so this file is the only
// place the auditor learns them from.
import type { VendorFact } from '../schema';
import { DAY, MINUTE, YEAR } from '../units';

const ROISTAT = 'https://help.roistat.com/features/Integration/Sites/';
const COMAGIC = 'https://www.comagic.ru/support/';
const UIS = 'https://www.uiscom.ru/academiya/spravochnyj-centr/';
const CALLTOUCH = 'https://www.calltouch.ru/support/';
const CALLIBRI = 'https://callibri.ru/docs';
const JIVO = 'https://www.jivo.ru/help/';
const JIVO_COOKIES = 'https://www.jivo.ru/cookie/';
const B24 = 'https://helpdesk.bitrix24.ru/open/17360538/';
const BITRIX_CMS = 'https://dev.1c-bitrix.ru/api_help/main/general/cookies.php';
const CARROT = 'https://help.carrotquest.io/';
const AMO = 'https://www.amocrm.ru/support/';
const ENVYBOX = 'https://envybox.io/help/';
const TILDA = 'https://help-ru.tilda.cc/analytics';

export const RU_MARTECH: VendorFact[] = [
  {
    id: 'roistat',
    name: 'Roistat',
    category: 'analytics',
    tracker: true,
    aliases: ['Roistat', 'Ройстат', 'Роистат'],
    hosts: [
      { host: 'roistat.com', source: ROISTAT },
      { host: 'cloud.roistat.com', source: ROISTAT },
    ],
    cookies: [
      { name: 'roistat_visit', category: 'analytics', lifetime: 180 * DAY, source: ROISTAT },
      { name: 'roistat_first_visit', category: 'analytics', lifetime: 180 * DAY, source: ROISTAT },
      { name: 'roistat_visit_cookie_expire', category: 'analytics', lifetime: 180 * DAY, source: ROISTAT },
      { name: 'roistat_marker', category: 'analytics', lifetime: 180 * DAY, source: ROISTAT },
      { name: 'roistat_marker_old', category: 'analytics', lifetime: 180 * DAY, source: ROISTAT },
      { name: 'roistat_phone', category: 'analytics', source: ROISTAT },
      { name: 'roistat_call_tracking', category: 'analytics', source: ROISTAT },
      { name: 'roistat_*', category: 'analytics', source: ROISTAT },
    ],
    source: ROISTAT,
  },
  {
    id: 'comagic',
    name: 'CoMagic / UIS',
    category: 'analytics',
    tracker: true,
    aliases: ['CoMagic', 'Comagic', 'КоМеджик', 'Комеджик', { text: 'UIS', caseSensitive: true }, 'Uiscom', 'ЮИС', 'МТТ CoMagic'],
    hosts: [
      { host: 'comagic.ru', source: COMAGIC },
      { host: 'app.comagic.ru', source: COMAGIC },
      { host: 'server.comagic.ru', source: COMAGIC },
      { host: 'uiscom.ru', source: UIS },
      { host: 'app.uiscom.ru', source: UIS },
    ],
    cookies: [
      { name: '_comagic_id*', category: 'analytics', lifetime: YEAR, source: COMAGIC },
      { name: '_comagic_*', category: 'analytics', source: COMAGIC },
      { name: '_cmg_csst*', category: 'analytics', source: COMAGIC },
      { name: 'comagic_*', category: 'analytics', source: COMAGIC },
      { name: '_uiscom_*', category: 'analytics', source: UIS },
    ],
    source: COMAGIC,
  },
  {
    id: 'calltouch',
    name: 'Calltouch',
    category: 'analytics',
    tracker: true,
    aliases: ['Calltouch', 'Call Touch', 'Коллтач', 'Колтач'],
    hosts: [
      { host: 'calltouch.ru', source: CALLTOUCH },
      { host: 'mod.calltouch.ru', source: CALLTOUCH },
      { host: 'api.calltouch.ru', source: CALLTOUCH },
      { host: 'cdn.calltouch.ru', source: CALLTOUCH },
    ],
    cookies: [
      { name: '_ct', category: 'analytics', lifetime: YEAR, source: CALLTOUCH },
      { name: '_ct_ids', category: 'analytics', lifetime: YEAR, source: CALLTOUCH },
      { name: '_ct_session_id', category: 'analytics', lifetime: null, source: CALLTOUCH },
      { name: '_ct_site_id', category: 'analytics', lifetime: YEAR, source: CALLTOUCH },
      { name: 'call_s', category: 'analytics', source: CALLTOUCH },
      { name: 'cted', category: 'analytics', source: CALLTOUCH },
      { name: '_ct_*', category: 'analytics', source: CALLTOUCH },
    ],
    source: CALLTOUCH,
  },
  {
    id: 'callibri',
    name: 'Callibri',
    category: 'analytics',
    tracker: true,
    aliases: ['Callibri', 'Каллибри', 'Калибри'],
    hosts: [
      { host: 'callibri.ru', source: CALLIBRI },
      { host: 'cdn.callibri.ru', source: CALLIBRI },
      { host: 'api.callibri.ru', source: CALLIBRI },
    ],
    cookies: [{ name: 'callibri_*', category: 'analytics', source: CALLIBRI }],
    source: CALLIBRI,
  },
  {
    id: 'jivo',
    name: 'Jivo',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['Jivo', 'JivoSite', 'Jivosite', 'JivoChat', 'Jivo Chat', 'Живосайт', 'ЖивоСайт', 'Живо Сайт', 'jivo.ru', 'jivosite.com'],
    hosts: [
      { host: 'code.jivo.ru', source: JIVO },
      { host: 'code.jivosite.com', source: JIVO },
      { host: 'jivo.ru', source: JIVO },
      { host: 'jivosite.com', source: JIVO },
      { host: 'jivochat.com', source: JIVO },
      { host: 'jivosite.ru', source: JIVO },
    ],
    cookies: [
      { name: 'jv_enter_ts_*', category: 'functional', lifetime: YEAR, source: JIVO_COOKIES },
      { name: 'jv_visits_count_*', category: 'functional', lifetime: YEAR, source: JIVO_COOKIES },
      { name: 'jv_pages_count_*', category: 'functional', lifetime: YEAR, source: JIVO_COOKIES },
      { name: 'jv_refer_*', category: 'functional', lifetime: YEAR, source: JIVO_COOKIES },
      { name: 'jv_utm_*', category: 'functional', lifetime: YEAR, source: JIVO_COOKIES },
      { name: 'jv_invitation_time_*', category: 'functional', source: JIVO_COOKIES },
      { name: 'jv_close_time_*', category: 'functional', source: JIVO_COOKIES },
      { name: 'jv_*', category: 'functional', source: JIVO_COOKIES },
      { name: 'jv_*', category: 'functional', storage: 'localStorage', source: JIVO_COOKIES },
    ],
    source: JIVO,
  },
  {
    id: 'bitrix24',
    name: 'Bitrix24 site widgets',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['Bitrix24', 'Bitrix 24', 'Битрикс24', 'Битрикс 24', 'Бітрікс24', 'bitrix24.ru'],
    hosts: [
      { host: 'bitrix24.ru', source: B24 },
      { host: 'bitrix24.com', source: B24 },
      { host: 'bitrix24.by', source: B24 },
      { host: 'bitrix24.kz', source: B24 },
      { host: 'bitrix24.ua', source: B24 },
      { host: 'bitrix24.de', source: B24 },
      { host: 'cdn-ru.bitrix24.ru', source: B24 },
      { host: 'bitrix.info', category: 'analytics', tracker: true, source: B24 },
    ],
    cookies: [
      { name: 'BX_USER_ID', category: 'functional', lifetime: YEAR, source: B24 },
      { name: 'b24_crm_guest_*', category: 'functional', source: B24 },
      { name: 'b24_sitebutton_*', category: 'functional', storage: 'localStorage', source: B24 },
    ],
    source: B24,
  },
  {
    id: '1c-bitrix',
    name: '1C-Bitrix CMS',
    category: 'necessary',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['1С-Битрикс', '1C-Bitrix', '1С-Бітрікс', 'Битрикс: Управление сайтом', '1С-Битрикс: Управление сайтом'],
    hosts: [],
    cookies: [
      { name: 'BITRIX_SM_GUEST_ID', category: 'analytics', lifetime: YEAR, tracker: true, source: BITRIX_CMS },
      { name: 'BITRIX_SM_LAST_VISIT', category: 'analytics', lifetime: YEAR, tracker: true, source: BITRIX_CMS },
      { name: 'BITRIX_SM_LAST_ADV', category: 'marketing', tracker: true, source: BITRIX_CMS },
      { name: 'BITRIX_SM_SALE_UID', category: 'necessary', lifetime: YEAR, source: BITRIX_CMS },
      { name: 'BITRIX_SM_LOGIN', category: 'functional', source: BITRIX_CMS },
      { name: 'BITRIX_SM_UIDH', category: 'functional', source: BITRIX_CMS },
      { name: 'BITRIX_SM_UIDL', category: 'functional', source: BITRIX_CMS },
      { name: 'BITRIX_SM_SOUND_LOGIN_PLAYED', category: 'functional', source: BITRIX_CMS },
      { name: 'BITRIX_CONVERSION_CONTEXT_*', category: 'analytics', tracker: true, source: BITRIX_CMS },
      { name: 'BITRIX_SM_*', category: 'functional', source: BITRIX_CMS },
    ],
    source: BITRIX_CMS,
  },
  {
    id: 'carrot-quest',
    name: 'Carrot quest',
    category: 'marketing',
    tracker: true,
    aliases: ['Carrot quest', 'Carrotquest', 'Carrot Quest', 'Каррот квест', 'Кэррот квест'],
    hosts: [
      { host: 'carrotquest.io', source: CARROT },
      { host: 'carrotquest.app', source: CARROT },
      { host: 'cdn.carrotquest.app', source: CARROT },
      { host: 'api.carrotquest.io', source: CARROT },
    ],
    cookies: [
      { name: 'carrotquest_uid', category: 'marketing', lifetime: YEAR, source: CARROT },
      { name: 'carrotquest_auth_token', category: 'functional', source: CARROT },
      { name: 'carrotquest_device_guid', category: 'marketing', source: CARROT },
      { name: 'carrotquest_session', category: 'marketing', lifetime: 30 * MINUTE, source: CARROT },
      { name: 'carrotquest_session_started', category: 'marketing', lifetime: 30 * MINUTE, source: CARROT },
      { name: 'carrotquest_*', category: 'marketing', source: CARROT },
      { name: 'carrotquest_*', category: 'marketing', storage: 'localStorage', source: CARROT },
    ],
    source: CARROT,
  },
  {
    id: 'amocrm',
    name: 'amoCRM',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['amoCRM', 'AmoCRM', 'Амо СРМ', 'АмоCRM', 'amo CRM', 'Kommo'],
    hosts: [
      { host: 'amocrm.ru', source: AMO },
      { host: 'amocrm.com', source: AMO },
      { host: 'gso.amocrm.ru', source: AMO },
      { host: 'forms.amocrm.ru', source: AMO },
      { host: 'kommo.com', source: AMO },
    ],
    cookies: [],
    source: AMO,
  },
  {
    id: 'envybox',
    name: 'Envybox',
    category: 'marketing',
    tracker: true,
    kind: 'widget',
    aliases: ['Envybox', 'EnvyBox', 'Энвибокс', 'Envy Box'],
    hosts: [
      { host: 'envybox.io', source: ENVYBOX },
      { host: 'cdn.envybox.io', source: ENVYBOX },
    ],
    cookies: [],
    source: ENVYBOX,
  },
  {
    id: 'tilda',
    name: 'Tilda',
    category: 'functional',
    tracker: false,
    aliases: ['Tilda', 'Тильда', 'Tilda Publishing', 'Tilda Analytics', 'Аналитика Tilda'],
    hosts: [
      { host: 'tildacdn.com', source: TILDA },
      { host: 'static.tildacdn.com', source: TILDA },
      { host: 'tilda.ws', source: TILDA },
      { host: 'stat.tildaapi.com', category: 'analytics', tracker: true, source: TILDA },
      { host: 'stat.tildacdn.com', category: 'analytics', tracker: true, source: TILDA },
    ],
    cookies: [
      { name: 'tildauid', category: 'analytics', lifetime: YEAR, tracker: true, source: TILDA },
      { name: 'tildasid', category: 'analytics', lifetime: 30 * MINUTE, tracker: true, source: TILDA },
      { name: 'tilda_*', category: 'functional', storage: 'localStorage', source: TILDA },
    ],
    source: TILDA,
  },
];
