/** Choosing a language version of a piece of content, with the fallback made explicit. */

export type Direction = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** Writing direction of a locale, from `Intl.Locale` where the runtime knows it, else a known list. */
export function textDirection(locale: string): Direction {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // Not a valid BCP 47 tag: fall through to the list.
  }
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

export interface Picked<T> {
  value: T;
  /** The locale the value is actually written in. */
  locale: string;
  /** True when `value` is not in the requested locale, so the page must say so. */
  isFallback: boolean;
}

/**
 * The version for `locale`, else the first available of `fallbacks` (in order), else any.
 * Returns undefined only when there is no version at all.
 */
export function pickLocalized<T>(
  versions: Partial<Record<string, T>> | ReadonlyMap<string, T>,
  locale: string,
  fallbacks: readonly string[],
): Picked<T> | undefined {
  const get = (code: string) => (versions instanceof Map ? versions.get(code) : (versions as Partial<Record<string, T>>)[code]);
  const keys = versions instanceof Map ? [...versions.keys()] : Object.keys(versions);
  for (const code of [locale, ...fallbacks, ...keys]) {
    const value = get(code);
    if (value !== undefined) return { value, locale: code, isFallback: code !== locale };
  }
  return undefined;
}

/** The `lang` attribute a fallback needs (its own language), or undefined when it is in the page's language. */
export function fallbackLang(picked: { isFallback: boolean; locale: string }): string | undefined {
  return picked.isFallback ? picked.locale : undefined;
}
