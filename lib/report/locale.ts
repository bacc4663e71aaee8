export type UiLocale = 'en' | 'ru' | 'uk';

/** The interface speaks English, Russian or Ukrainian; other browser languages get English. */
export function uiLocale(tag: string | null | undefined): UiLocale {
  const lang = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'ru' || lang === 'uk' ? lang : 'en';
}
