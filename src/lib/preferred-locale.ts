/**
 * The first of the browser's languages the site has: an exact match (`pt-br`) first,
 * then the base language (`fr-CA` → `fr`). Undefined when none matches.
 */
export function preferredLocale(browserLanguages: readonly string[], siteLocales: readonly string[]): string | undefined {
  const available = new Set(siteLocales.map((code) => code.toLowerCase()));
  for (const language of browserLanguages) {
    const tag = language.toLowerCase();
    if (available.has(tag)) return siteLocales.find((code) => code.toLowerCase() === tag);
    const base = tag.split('-')[0]!;
    if (available.has(base)) return siteLocales.find((code) => code.toLowerCase() === base);
  }
  return undefined;
}
