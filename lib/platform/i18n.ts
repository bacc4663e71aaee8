import { browser } from './browser';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import ru from '../../public/_locales/ru/messages.json' with { type: 'json' };
import uk from '../../public/_locales/uk/messages.json' with { type: 'json' };
import { uiLocale, type UiLocale } from '../report/locale';

// The interface text lives in _locales (the browser's i18n). The browser picks the language by
// itself; the options page can pin one, and then we read the same files directly.

type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<UiLocale, Catalog> = { en, ru, uk };
export type MessageName = keyof typeof en;

const SETTING_KEY = 'settings:v1:locale';

export async function loadLocaleSetting(): Promise<UiLocale | 'auto'> {
  const got = await browser.storage.local.get(SETTING_KEY);
  const v = got[SETTING_KEY];
  return v === 'en' || v === 'ru' || v === 'uk' ? v : 'auto';
}

export async function saveLocaleSetting(value: UiLocale | 'auto'): Promise<void> {
  await browser.storage.local.set({ [SETTING_KEY]: value });
}

export function effectiveLocale(setting: UiLocale | 'auto'): UiLocale {
  return setting === 'auto' ? uiLocale(browser.i18n.getUILanguage()) : setting;
}

/** A translator for one locale; `$p1$`-style placeholders take the substitutions in order. */
export function translator(setting: UiLocale | 'auto'): (name: MessageName, ...subs: string[]) => string {
  return (name, ...subs) => {
    if (setting === 'auto') {
      const m = browser.i18n.getMessage(name, subs);
      if (m) return m;
    }
    const raw = (CATALOGS[effectiveLocale(setting)][name] ?? CATALOGS.en[name])?.message ?? name;
    return raw.replace(/\$p(\d)\$/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
