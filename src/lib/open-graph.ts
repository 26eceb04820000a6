/**
 * Open Graph wants a locale as language_TERRITORY (`fr_FR`), while the site's languages are
 * plain codes (`fr`); the likeliest territory comes from CLDR through `Intl.Locale`.
 */
export function openGraphLocale(code: string): string {
  const likely = new Intl.Locale(code).maximize();
  return likely.region ? `${likely.language}_${likely.region}` : likely.language;
}
