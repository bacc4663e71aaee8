// Spelling-insensitive keys for vendor names: case, "ё", and the separators people put between
// words ("Яндекс.Метрика", "Яндекс Метрика", "Yandex-Metrika") all collapse.
export function normaliseAlias(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[\s.\-_\u00a0]+/g, ' ').trim();
}
