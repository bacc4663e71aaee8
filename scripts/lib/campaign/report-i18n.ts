// The campaign report's words in English, Russian and Ukrainian. Finding titles come from the
// extension's own catalogues (lib/compare/messages-*.ts) so the report and the popup agree.
import { en as enCatalog } from '../../../lib/compare/messages-en';
import { ru as ruCatalog } from '../../../lib/compare/messages-ru';
import { uk as ukCatalog } from '../../../lib/compare/messages-uk';

export type ReportLang = 'en' | 'ru' | 'uk';
export const REPORT_LANGS: readonly ReportLang[] = ['en', 'ru', 'uk'];

export interface ReportWords {
  title: string;
  generated: string;
  totals: string;
  sites: string;
  site: string;
  jobs: string;
  ok: string;
  failed: string;
  mode: string;
  modes: Record<string, string>;
  preConsentTrackerSites: string;
  highSites: string;
  codes: string;
  codesChart: string;
  share: string;
  vendors: string;
  vendorsChart: string;
  vendor: string;
  cmps: string;
  cmp: string;
  noCmp: string;
  trackerShare: string;
  avgHigh: string;
  languages: string;
  language: string;
  noPolicy: string;
  avgFindings: string;
  undeclaredShare: string;
  worst: string;
  high: string;
  medium: string;
  report: string;
  evidence: string;
  failures: string;
  error: string;
  attempts: string;
  none: string;
  code: string;
  codeTitle(code: string): string;
}

const title = (catalog: { titles: Record<string, string> }) => (code: string) => catalog.titles[code] ?? code;

export const WORDS: Record<ReportLang, ReportWords> = {
  en: {
    title: 'Consent audit campaign', generated: 'Generated', totals: 'Totals', sites: 'sites', site: 'site', jobs: 'jobs', ok: 'audited', failed: 'failed',
    mode: 'consent mode', modes: { none: 'no action', accept: 'accept', reject: 'reject' },
    preConsentTrackerSites: 'sites with a tracker request before consent', highSites: 'sites with a high-severity finding',
    codes: 'Share of sites with each finding', codesChart: 'share of audited sites', share: 'share', vendors: 'Top vendors before consent',
    vendorsChart: 'sites contacting the vendor before consent', vendor: 'vendor', cmps: 'By consent manager', cmp: 'consent manager',
    noCmp: 'none detected', trackerShare: 'with a tracker before consent', avgHigh: 'high findings per audit', languages: 'By policy language',
    language: 'policy language', noPolicy: 'no policy read', avgFindings: 'findings per audit', undeclaredShare: 'with undeclared cookies or vendors',
    worst: 'Sites with the most high-severity findings', high: 'high', medium: 'medium', report: 'export', evidence: 'evidence', failures: 'Audits that failed',
    error: 'error', attempts: 'tries', none: 'None.', code: 'finding', codeTitle: title(enCatalog),
  },
  ru: {
    title: 'Кампания проверки согласия', generated: 'Создан', totals: 'Итоги', sites: 'сайтов', site: 'сайт', jobs: 'проверок', ok: 'выполнено', failed: 'с ошибкой',
    mode: 'режим согласия', modes: { none: 'без действий', accept: 'принять', reject: 'отказаться' },
    preConsentTrackerSites: 'сайтов с запросом к трекеру до согласия', highSites: 'сайтов с нарушением высокой важности',
    codes: 'Доля сайтов с каждым нарушением', codesChart: 'доля проверенных сайтов', share: 'доля', vendors: 'Самые частые сервисы до согласия',
    vendorsChart: 'сайтов, обращающихся к сервису до согласия', vendor: 'сервис', cmps: 'По платформе управления согласием', cmp: 'платформа согласия',
    noCmp: 'не обнаружена', trackerShare: 'с трекером до согласия', avgHigh: 'нарушений высокой важности на проверку', languages: 'По языку политики',
    language: 'язык политики', noPolicy: 'политика не прочитана', avgFindings: 'нарушений на проверку', undeclaredShare: 'с незаявленными cookie или сервисами',
    worst: 'Сайты с наибольшим числом нарушений высокой важности', high: 'высокая', medium: 'средняя', report: 'экспорт', evidence: 'доказательства', failures: 'Проверки с ошибкой',
    error: 'ошибка', attempts: 'попыток', none: 'Нет.', code: 'нарушение', codeTitle: title(ruCatalog),
  },
  uk: {
    title: 'Кампанія перевірки згоди', generated: 'Створено', totals: 'Підсумки', sites: 'сайтів', site: 'сайт', jobs: 'перевірок', ok: 'виконано', failed: 'з помилкою',
    mode: 'режим згоди', modes: { none: 'без дій', accept: 'прийняти', reject: 'відмовитися' },
    preConsentTrackerSites: 'сайтів із запитом до трекера до згоди', highSites: 'сайтів із порушенням високої важливості',
    codes: 'Частка сайтів із кожним порушенням', codesChart: 'частка перевірених сайтів', share: 'частка', vendors: 'Найчастіші сервіси до згоди',
    vendorsChart: 'сайтів, що звертаються до сервісу до згоди', vendor: 'сервіс', cmps: 'За платформою керування згодою', cmp: 'платформа згоди',
    noCmp: 'не виявлено', trackerShare: 'з трекером до згоди', avgHigh: 'порушень високої важливості на перевірку', languages: 'За мовою політики',
    language: 'мова політики', noPolicy: 'політику не прочитано', avgFindings: 'порушень на перевірку', undeclaredShare: 'з незаявленими cookie або сервісами',
    worst: 'Сайти з найбільшою кількістю порушень високої важливості', high: 'висока', medium: 'середня', report: 'експорт', evidence: 'докази', failures: 'Перевірки з помилкою',
    error: 'помилка', attempts: 'спроб', none: 'Немає.', code: 'порушення', codeTitle: title(ukCatalog),
  },
};
