import type { Locale } from '../compare/catalog';

// The printable report's own words (headings, column names, verdicts) in the three interface
// languages. Finding titles, explanations and messages come from lib/compare's catalogs.

export interface ReportText {
  title: string;
  subtitle: string;
  page: string;
  audited: string;
  tool: string;
  verdict: string;
  verdictViolations: string;
  verdictIssues: string;
  verdictClean: string;
  verdictNote: string;
  bySeverity: string;
  severity: Record<'high' | 'medium' | 'low' | 'info', string>;
  findings: string;
  noFindings: string;
  why: string;
  evidence: string;
  evidenceMore: string;
  policySays: string;
  where: string;
  time: string;
  phase: string;
  what: string;
  initiator: string;
  detail: string;
  consentTimeline: string;
  consentState: string;
  consentAt: string;
  signal: string;
  kind: string;
  manual: string;
  automatic: string;
  pageHint: string;
  automation: string;
  requested: string;
  pressed: string;
  path: string;
  nothingPressed: string;
  screenshots: string;
  moments: Record<'banner' | 'after-click' | 'end' | 'popup' | 'after-mark', string>;
  cookies: string;
  storage: string;
  requests: string;
  name: string;
  domain: string;
  party: string;
  firstParty: string;
  thirdParty: string;
  lifetime: string;
  requestedStored: string;
  setBy: string;
  vendorCategory: string;
  firstSeen: string;
  writes: string;
  status: string;
  tracker: string;
  requestsCapped: string;
  policySources: string;
  noPolicy: string;
  fetched: string;
  language: string;
  sourceKind: string;
  annex: string;
  annexNote: string;
  field: string;
  value: string;
  meta: Record<
    | 'tool' | 'kb' | 'browser' | 'build' | 'flags' | 'ua' | 'locale' | 'viewport' | 'timeZone' | 'start' | 'end'
    | 'initialUrl' | 'finalUrl' | 'redirects' | 'consentMode' | 'clicked' | 'profile' | 'headless',
    string
  >;
  times: string;
  phases: Record<'pre-consent' | 'after-accept' | 'after-reject' | 'after-partial', string>;
  states: Record<string, string>;
  yes: string;
  no: string;
  none: string;
  pageOf: string;
  signature: string;
}

const en: ReportText = {
  title: 'Cookie consent audit',
  subtitle: 'Observed cookies, storage and tracker requests compared with the consent given and the published policy',
  page: 'Audited page',
  audited: 'Audit started',
  tool: 'Tool',
  verdict: 'Summary',
  verdictViolations: 'Violations observed',
  verdictIssues: 'Discrepancies observed',
  verdictClean: 'No violation observed',
  verdictNote: 'Each finding below lists the observations it rests on, with their times (from the start of navigation), URLs and the scripts or responses that caused them.',
  bySeverity: 'Findings by severity',
  severity: { high: 'high', medium: 'medium', low: 'low', info: 'info' },
  findings: 'Findings',
  noFindings: 'No findings.',
  why: 'Why it matters',
  evidence: 'Evidence',
  evidenceMore: '{0} more observations of the same kind are in the tables and in requests.har.',
  policySays: 'The policy says',
  where: 'found at',
  time: 'Time',
  phase: 'Phase',
  what: 'Observed',
  initiator: 'Initiator',
  detail: 'Details',
  consentTimeline: 'Consent timeline',
  consentState: 'Consent state at the end',
  consentAt: 'Consent moment',
  signal: 'Signal',
  kind: 'Kind',
  manual: 'manual (the auditor)',
  automatic: 'automatic',
  pageHint: "page's own claim (not relied on)",
  automation: 'Consent banner action',
  requested: 'Requested',
  pressed: 'Pressed',
  path: 'Found by',
  nothingPressed: 'nothing was pressed',
  screenshots: 'Screenshots',
  moments: { banner: 'Page as first shown, before any click', 'after-click': 'After the consent click', end: 'Whole page at the end of the audit', popup: 'Taken by the auditor', 'after-mark': "After the auditor's consent mark" },
  cookies: 'Cookies',
  storage: 'localStorage and sessionStorage',
  requests: 'Requests',
  name: 'Name',
  domain: 'Domain',
  party: 'Party',
  firstParty: '1st',
  thirdParty: '3rd',
  lifetime: 'Lifetime',
  requestedStored: 'requested / stored',
  setBy: 'Set by',
  vendorCategory: 'Vendor · category',
  firstSeen: 'First seen',
  writes: 'Writes',
  status: 'Status',
  tracker: 'Tracker',
  requestsCapped: 'Only tracker and third-party requests are listed ({0} of {1}); every request is in requests.har.',
  policySources: 'Policy sources',
  noPolicy: 'No policy was found or given.',
  fetched: 'Fetched',
  language: 'Language',
  sourceKind: 'Kind',
  annex: 'Annex: how the audit was run',
  annexNote: 'The SHA-256 of every file of this bundle is in manifest.json; "npm run verify-evidence -- DIR" re-checks them.',
  field: 'Field',
  value: 'Value',
  meta: {
    tool: 'Tool and version', kb: 'Knowledge base', browser: 'Browser', build: 'Browser build', flags: 'Browser flags', ua: 'User agent',
    locale: 'Locale', viewport: 'Viewport', timeZone: 'Time zone', start: 'Start (UTC)', end: 'End (UTC)', initialUrl: 'Initial URL',
    finalUrl: 'Final URL', redirects: 'Redirects', consentMode: 'Consent mode', clicked: 'What was pressed', profile: 'Browser profile', headless: 'Headless',
  },
  times: 'Times are milliseconds from the start of the navigation to the audited page.',
  phases: { 'pre-consent': 'before consent', 'after-accept': 'after accept', 'after-reject': 'after reject', 'after-partial': 'after partial consent' },
  states: { none: 'no choice', accepted: 'accepted', rejected: 'rejected', partial: 'partial', 'banner-shown': 'banner shown', 'notice-acknowledged': 'notice acknowledged' },
  yes: 'yes',
  no: 'no',
  none: '—',
  pageOf: 'page',
  signature: 'Auditor (name, signature, date)',
};

const ru: ReportText = {
  title: 'Аудит согласия на cookie',
  subtitle: 'Наблюдаемые cookie, хранилище и запросы к трекерам в сравнении с данным согласием и опубликованной политикой',
  page: 'Проверенная страница',
  audited: 'Начало проверки',
  tool: 'Инструмент',
  verdict: 'Итог',
  verdictViolations: 'Обнаружены нарушения',
  verdictIssues: 'Обнаружены расхождения',
  verdictClean: 'Нарушений не обнаружено',
  verdictNote: 'Для каждого вывода ниже приведены наблюдения, на которых он основан: время (от начала перехода на страницу), URL и скрипты или ответы, которые их вызвали.',
  bySeverity: 'Выводы по степени серьёзности',
  severity: { high: 'высокая', medium: 'средняя', low: 'низкая', info: 'справочно' },
  findings: 'Выводы',
  noFindings: 'Выводов нет.',
  why: 'Почему это важно',
  evidence: 'Доказательства',
  evidenceMore: 'Ещё {0} наблюдений того же рода — в таблицах и в requests.har.',
  policySays: 'В политике сказано',
  where: 'место',
  time: 'Время',
  phase: 'Фаза',
  what: 'Наблюдение',
  initiator: 'Инициатор',
  detail: 'Подробности',
  consentTimeline: 'Хронология согласия',
  consentState: 'Состояние согласия в конце',
  consentAt: 'Момент согласия',
  signal: 'Сигнал',
  kind: 'Вид',
  manual: 'вручную (аудитор)',
  automatic: 'автоматически',
  pageHint: 'заявление самой страницы (не учитывается)',
  automation: 'Действие с баннером согласия',
  requested: 'Запрошено',
  pressed: 'Нажато',
  path: 'Кем найдено',
  nothingPressed: 'ничего не нажато',
  screenshots: 'Снимки экрана',
  moments: { banner: 'Страница при первом показе, до нажатий', 'after-click': 'После нажатия в баннере', end: 'Вся страница в конце проверки', popup: 'Снят аудитором', 'after-mark': 'После отметки согласия аудитором' },
  cookies: 'Cookie',
  storage: 'localStorage и sessionStorage',
  requests: 'Запросы',
  name: 'Имя',
  domain: 'Домен',
  party: 'Сторона',
  firstParty: '1-я',
  thirdParty: '3-я',
  lifetime: 'Срок',
  requestedStored: 'запрошено / сохранено',
  setBy: 'Кем установлен',
  vendorCategory: 'Поставщик · категория',
  firstSeen: 'Впервые',
  writes: 'Записи',
  status: 'Статус',
  tracker: 'Трекер',
  requestsCapped: 'Показаны только запросы к трекерам и третьим сторонам ({0} из {1}); все запросы — в requests.har.',
  policySources: 'Источники политики',
  noPolicy: 'Политика не найдена и не указана.',
  fetched: 'Загружено',
  language: 'Язык',
  sourceKind: 'Вид',
  annex: 'Приложение: условия проверки',
  annexNote: 'SHA-256 каждого файла этого пакета записан в manifest.json; команда «npm run verify-evidence -- DIR» проверяет их заново.',
  field: 'Поле',
  value: 'Значение',
  meta: {
    tool: 'Инструмент и версия', kb: 'База знаний', browser: 'Браузер', build: 'Сборка браузера', flags: 'Флаги браузера', ua: 'User agent',
    locale: 'Локаль', viewport: 'Окно просмотра', timeZone: 'Часовой пояс', start: 'Начало (UTC)', end: 'Конец (UTC)', initialUrl: 'Исходный URL',
    finalUrl: 'Итоговый URL', redirects: 'Перенаправления', consentMode: 'Режим согласия', clicked: 'Что нажато', profile: 'Профиль браузера', headless: 'Без окна (headless)',
  },
  times: 'Время — миллисекунды от начала перехода на проверяемую страницу.',
  phases: { 'pre-consent': 'до согласия', 'after-accept': 'после принятия', 'after-reject': 'после отказа', 'after-partial': 'после частичного согласия' },
  states: { none: 'выбор не сделан', accepted: 'принято', rejected: 'отклонено', partial: 'частично', 'banner-shown': 'баннер показан', 'notice-acknowledged': 'уведомление принято к сведению' },
  yes: 'да',
  no: 'нет',
  none: '—',
  pageOf: 'стр.',
  signature: 'Аудитор (ФИО, подпись, дата)',
};

const uk: ReportText = {
  title: 'Аудит згоди на cookie',
  subtitle: 'Спостережені cookie, сховище та запити до трекерів у порівнянні з наданою згодою та опублікованою політикою',
  page: 'Перевірена сторінка',
  audited: 'Початок перевірки',
  tool: 'Інструмент',
  verdict: 'Підсумок',
  verdictViolations: 'Виявлено порушення',
  verdictIssues: 'Виявлено розбіжності',
  verdictClean: 'Порушень не виявлено',
  verdictNote: 'Для кожного висновку нижче наведено спостереження, на яких він ґрунтується: час (від початку переходу на сторінку), URL і скрипти або відповіді, що їх спричинили.',
  bySeverity: 'Висновки за ступенем серйозності',
  severity: { high: 'висока', medium: 'середня', low: 'низька', info: 'довідково' },
  findings: 'Висновки',
  noFindings: 'Висновків немає.',
  why: 'Чому це важливо',
  evidence: 'Докази',
  evidenceMore: 'Ще {0} спостережень того ж роду — у таблицях і в requests.har.',
  policySays: 'У політиці сказано',
  where: 'місце',
  time: 'Час',
  phase: 'Фаза',
  what: 'Спостереження',
  initiator: 'Ініціатор',
  detail: 'Подробиці',
  consentTimeline: 'Хронологія згоди',
  consentState: 'Стан згоди наприкінці',
  consentAt: 'Момент згоди',
  signal: 'Сигнал',
  kind: 'Вид',
  manual: 'вручну (аудитор)',
  automatic: 'автоматично',
  pageHint: 'заява самої сторінки (не враховується)',
  automation: 'Дія з банером згоди',
  requested: 'Запитано',
  pressed: 'Натиснуто',
  path: 'Ким знайдено',
  nothingPressed: 'нічого не натиснуто',
  screenshots: 'Знімки екрана',
  moments: { banner: 'Сторінка під час першого показу, до натискань', 'after-click': 'Після натискання в банері', end: 'Уся сторінка наприкінці перевірки', popup: 'Зроблено аудитором', 'after-mark': 'Після позначки згоди аудитором' },
  cookies: 'Cookie',
  storage: 'localStorage і sessionStorage',
  requests: 'Запити',
  name: "Ім'я",
  domain: 'Домен',
  party: 'Сторона',
  firstParty: '1-ша',
  thirdParty: '3-тя',
  lifetime: 'Строк',
  requestedStored: 'запитано / збережено',
  setBy: 'Ким встановлено',
  vendorCategory: 'Постачальник · категорія',
  firstSeen: 'Уперше',
  writes: 'Записи',
  status: 'Статус',
  tracker: 'Трекер',
  requestsCapped: 'Показано лише запити до трекерів і третіх сторін ({0} з {1}); усі запити — у requests.har.',
  policySources: 'Джерела політики',
  noPolicy: 'Політику не знайдено й не вказано.',
  fetched: 'Завантажено',
  language: 'Мова',
  sourceKind: 'Вид',
  annex: 'Додаток: умови перевірки',
  annexNote: 'SHA-256 кожного файлу цього пакета записано в manifest.json; команда «npm run verify-evidence -- DIR» перевіряє їх знову.',
  field: 'Поле',
  value: 'Значення',
  meta: {
    tool: 'Інструмент і версія', kb: 'База знань', browser: 'Браузер', build: 'Збірка браузера', flags: 'Прапорці браузера', ua: 'User agent',
    locale: 'Локаль', viewport: 'Вікно перегляду', timeZone: 'Часовий пояс', start: 'Початок (UTC)', end: 'Кінець (UTC)', initialUrl: 'Початковий URL',
    finalUrl: 'Кінцевий URL', redirects: 'Переспрямування', consentMode: 'Режим згоди', clicked: 'Що натиснуто', profile: 'Профіль браузера', headless: 'Без вікна (headless)',
  },
  times: 'Час — мілісекунди від початку переходу на перевірювану сторінку.',
  phases: { 'pre-consent': 'до згоди', 'after-accept': 'після прийняття', 'after-reject': 'після відмови', 'after-partial': 'після часткової згоди' },
  states: { none: 'вибір не зроблено', accepted: 'прийнято', rejected: 'відхилено', partial: 'частково', 'banner-shown': 'банер показано', 'notice-acknowledged': 'повідомлення взято до відома' },
  yes: 'так',
  no: 'ні',
  none: '—',
  pageOf: 'стор.',
  signature: 'Аудитор (ПІБ, підпис, дата)',
};

export const REPORT_TEXT: Record<Locale, ReportText> = { en, ru, uk };
