/**
 * Open Graph wants a locale as language_TERRITORY (`fr_FR`), while the site's languages are
 * plain codes (`fr`); the likeliest territory comes from CLDR through `Intl.Locale`.
 */
import { memoised } from './memo.ts';

const openGraphLocales = new Map<string, string>();

/** Remembered per code: every page asks for every language's, and `Intl.Locale` is slow to build. */
export function openGraphLocale(code: string): string {
  return memoised(openGraphLocales, code, () => {
    const likely = new Intl.Locale(code).maximize();
    return likely.region ? `${likely.language}_${likely.region}` : likely.language;
  });
}
