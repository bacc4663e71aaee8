import type { Locale } from '../compare/catalog';
import { findingTitle } from '../compare/messages';
import type { GpcComparison, GpcItem, GpcItemKind, GpcVerdict } from './gpc-compare';

// The GPC comparison's words in the three interface languages, and its plain-text form (the CLI
// prints it; the HTML report renders the same words, lib/report/html.ts).

export interface GpcText {
  heading: string;
  intro: string;
  verdicts: Record<GpcVerdict, string>;
  /** {0} tracking items stopped, {1} tracking items kept. */
  counts: string;
  honoured: string;
  ignored: string;
  gpcOnly: string;
  kinds: Record<GpcItemKind, string>;
  none: string;
}

export const GPC_TEXT: Record<Locale, GpcText> = {
  en: {
    heading: 'Global Privacy Control',
    intro: 'The site was audited twice: once plainly and once with the browser sending Global Privacy Control (the Sec-GPC: 1 header and navigator.globalPrivacyControl), the visitor’s objection to the sale or sharing of their data.',
    verdicts: {
      honoured: 'GPC honoured: every tracker and tracking cookie of the plain visit is gone when GPC is sent.',
      'partly-honoured': 'GPC partly honoured: some tracking stops when GPC is sent, some continues.',
      ignored: 'GPC ignored: the tracking of the plain visit continues when GPC is sent.',
      'no-tracking': 'Nothing to compare: the plain visit had no trackers or tracking cookies.',
    },
    counts: 'Tracking stopped with GPC: {0}; tracking kept despite GPC: {1}.',
    honoured: 'Stopped with GPC (plain run only)',
    ignored: 'Kept despite GPC (both runs)',
    gpcOnly: 'Only with GPC',
    kinds: { tracker: 'tracker', cookie: 'cookie', finding: 'finding' },
    none: 'none',
  },
  ru: {
    heading: 'Global Privacy Control',
    intro: 'Сайт проверен дважды: обычным визитом и визитом, в котором браузер отправлял сигнал Global Privacy Control (заголовок Sec-GPC: 1 и navigator.globalPrivacyControl), то есть возражение посетителя против продажи и передачи его данных.',
    verdicts: {
      honoured: 'GPC соблюдается: при сигнале GPC нет ни одного трекера и ни одного отслеживающего cookie обычного визита.',
      'partly-honoured': 'GPC соблюдается частично: при сигнале GPC часть отслеживания прекращается, часть продолжается.',
      ignored: 'GPC игнорируется: при сигнале GPC отслеживание обычного визита продолжается.',
      'no-tracking': 'Сравнивать нечего: при обычном визите не было трекеров и отслеживающих cookie.',
    },
    counts: 'Отслеживание, прекращённое при GPC: {0}; продолженное вопреки GPC: {1}.',
    honoured: 'Прекращено при GPC (только обычный визит)',
    ignored: 'Продолжается вопреки GPC (оба визита)',
    gpcOnly: 'Только при GPC',
    kinds: { tracker: 'трекер', cookie: 'cookie', finding: 'нарушение' },
    none: 'нет',
  },
  uk: {
    heading: 'Global Privacy Control',
    intro: 'Сайт перевірено двічі: звичайним візитом і візитом, у якому браузер надсилав сигнал Global Privacy Control (заголовок Sec-GPC: 1 і navigator.globalPrivacyControl), тобто заперечення відвідувача проти продажу та передачі його даних.',
    verdicts: {
      honoured: 'GPC дотримано: із сигналом GPC немає жодного трекера й жодного відстежувального cookie звичайного візиту.',
      'partly-honoured': 'GPC дотримано частково: із сигналом GPC частина відстеження припиняється, частина триває.',
      ignored: 'GPC проігноровано: із сигналом GPC відстеження звичайного візиту триває.',
      'no-tracking': 'Порівнювати нічого: під час звичайного візиту не було трекерів і відстежувальних cookie.',
    },
    counts: 'Відстеження, припинене з GPC: {0}; продовжене всупереч GPC: {1}.',
    honoured: 'Припинено з GPC (лише звичайний візит)',
    ignored: 'Триває всупереч GPC (обидва візити)',
    gpcOnly: 'Лише з GPC',
    kinds: { tracker: 'трекер', cookie: 'cookie', finding: 'порушення' },
    none: 'немає',
  },
};

export const gpcCounts = (c: GpcComparison, t: GpcText): string =>
  t.counts.replace('{0}', String(c.honoured.filter((i) => i.tracking).length)).replace('{1}', String(c.ignored.filter((i) => i.tracking).length));

/** How an item reads: a finding by its title in the reader's language and its subject. */
export const gpcItemLabel = (i: GpcItem, locale: Locale): string => (i.code ? `${findingTitle(i.code, locale)}: ${i.subject ?? ''}` : i.name);

/** The comparison as plain text: heading, verdict, counts, then the three lists. */
export function gpcComparisonText(c: GpcComparison, locale: Locale): string {
  const t = GPC_TEXT[locale];
  const list = (title: string, items: GpcItem[]) => [`${title}:`, ...(items.length ? items.map((i) => `  ${t.kinds[i.kind]}  ${gpcItemLabel(i, locale)}`) : [`  ${t.none}`])];
  return [
    `${t.heading}: ${c.site}`,
    t.verdicts[c.verdict],
    gpcCounts(c, t),
    ...list(t.honoured, c.honoured),
    ...list(t.ignored, c.ignored),
    ...(c.gpcOnly.length ? list(t.gpcOnly, c.gpcOnly) : []),
  ].join('\n');
}
