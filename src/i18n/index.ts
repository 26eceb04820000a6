/**
 * Interface strings per language. Built-in dictionaries are data, `./ui/<lang>.json`
 * (English defines the keys; the typed map below makes a dictionary that lacks one fail
 * the type check). A site's languages come from its conference.yaml, and a language
 * without a dictionary stops the build with the name of what is missing.
 */
import type { Plural } from './plural.ts';
import ar from './ui/ar.json' with { type: 'json' };
import en from './ui/en.json' with { type: 'json' };
import es from './ui/es.json' with { type: 'json' };
import fr from './ui/fr.json' with { type: 'json' };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends { other: string } ? Plural : Widen<T[K]> };
/** The shape every language's dictionary must have: the English keys. */
export type UiStrings = Widen<typeof en>;

/** The built-in dictionaries, by language code. */
export const builtInDictionaries: Readonly<Record<string, UiStrings>> = { ar, en, es, fr };
const dictionaries = builtInDictionaries;

/** The languages the site has interface strings for. */
export const uiLanguages: readonly string[] = Object.keys(dictionaries);

export type { Plural };

/** The dictionary for `locale`. */
export function uiStrings(locale: string): UiStrings {
  const strings = dictionaries[locale];
  if (!strings) {
    throw new Error(
      `conference.yaml lists the language "${locale}", but the site has no interface strings for it; expected one of ${Object.keys(dictionaries).join(', ')}, or a new dictionary in src/i18n/ui/${locale}.json (see docs/editing.md, "Adding a language")`,
    );
  }
  return strings;
}

/** Replaces `{name}` placeholders with values. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The right plural form for `count`, with `{count}` filled in as the language writes numbers. */
export function countText(forms: Plural, count: number, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count);
  return fill(forms[category] ?? forms.other, { count: new Intl.NumberFormat(locale).format(count) });
}

/** The name of language `code`, written in language `inLocale`, e.g. ("fr", "en") → "French". */
export function languageName(code: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
}

/**
 * The text before and after `{name}` in a template, so markup (a link, a `<time>`) can be
 * put where the placeholder is, wherever each language puts it.
 */
export function around(template: string, name: string, values: Record<string, string | number> = {}): [string, string] {
  const marker = `{${name}}`;
  const at = template.indexOf(marker);
  if (at === -1) return [fill(template, values), ''];
  return [fill(template.slice(0, at), values), fill(template.slice(at + marker.length), values)];
}
